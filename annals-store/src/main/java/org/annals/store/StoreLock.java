package org.annals.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-writer guard: an OS lock on {@code annals.lock} held for as long as a writer is open, with a line
 * describing the holder written into the file so that a refused writer can say who holds it. The OS releases the
 * lock when the holder dies, so a lock can never go stale.
 */
final class StoreLock implements AutoCloseable {
    static final String FILE_NAME = "annals.lock";
    static final String UNKNOWN_HOLDER = "another process";
    private static final int MAX_COMMAND_LENGTH = 160;

    // POSIX releases every lock a process holds on a file when any descriptor on it is closed, so within this JVM
    // the lock file is never reopened while held; holders are remembered here instead.
    private static final Map<Path, String> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the writer lock of the store in {@code dataDir}, or throws {@link StoreLockedException}. */
    static StoreLock acquire(Path dataDir) {
        Path key = keyOf(dataDir);
        String description = describeThisProcess();
        String earlier = HELD_IN_THIS_JVM.putIfAbsent(key, description);
        if (earlier != null) {
            throw new StoreLockedException(lockedMessage(dataDir, earlier));
        }
        try {
            return lockFile(dataDir, key, description);
        } catch (RuntimeException e) {
            HELD_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    private static StoreLock lockFile(Path dataDir, Path key, String description) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new StoreLockedException(lockedMessage(dataDir, holder));
            }
            writeHolder(channel, description);
            return new StoreLock(key, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreLockedException(lockedMessage(dataDir, "another store object in this process"));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the writer lock of {@code dataDir}, as far as can be told without disturbing it. */
    static String holderOf(Path dataDir) {
        String inThisJvm = HELD_IN_THIS_JVM.get(keyOf(dataDir));
        if (inThisJvm != null) {
            return inThisJvm;
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            String text = Files.exists(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "";
            return text.isEmpty() ? UNKNOWN_HOLDER : text;
        } catch (IOException e) {
            return UNKNOWN_HOLDER;
        }
    }

    static String lockedMessage(Path dataDir, String holder) {
        return "the Annals store in " + dataDir + " is already open for writing by " + holder
                + "; only one writer may use a store at a time: wait for that process to finish or stop it,"
                + " or use another data directory";
    }

    static Optional<String> heldInThisJvm(Path dataDir) {
        return Optional.ofNullable(HELD_IN_THIS_JVM.get(keyOf(dataDir)));
    }

    private static Path keyOf(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? UNKNOWN_HOLDER : text;
    }

    private static void writeHolder(FileChannel channel, String description) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((description + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    static String describeThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        String command = System.getProperty("sun.java.command", "");
        if (command.isBlank()) {
            command = self.info().command().orElse("java");
        }
        if (command.length() > MAX_COMMAND_LENGTH) {
            command = command.substring(0, MAX_COMMAND_LENGTH) + "...";
        }
        return "pid " + self.pid() + " (command '" + command + "', since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    @Override
    public void close() {
        try {
            // Emptied first so that a reader never sees a holder that is gone.
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        } finally {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(key);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing useful can be done; the OS frees the descriptor when the process ends.
        }
    }
}
