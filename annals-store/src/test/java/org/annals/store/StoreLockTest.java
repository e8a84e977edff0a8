package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {
    @TempDir
    Path dataDir;

    @Test
    void aSecondWriterInTheSameProcessIsToldWhoHoldsTheStore() {
        try (AnnalsStore first = AnnalsStore.openForWriting(dataDir)) {
            StoreLockedException e =
                    assertThrows(StoreLockedException.class, () -> AnnalsStore.openForWriting(dataDir));
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(e.getMessage().contains("wait for that process"), e.getMessage());
            first.put(Fixtures.summit());
            assertEquals(1, first.summary(0).documents(), "the refused writer did not disturb the holder");
        }
        try (AnnalsStore again = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(1, again.summary(0).documents(), "the lock is released on close");
        }
    }

    @Test
    void theLockFileNamesTheHolderWhileOpenAndIsEmptiedOnClose() throws IOException {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            String holder = Files.readString(dataDir.resolve("annals.lock"), StandardCharsets.UTF_8);
            assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + " (command '"), holder);
            assertTrue(holder.contains("since 20"), holder);
            assertFalse(store.isReadOnly());
        }
        assertEquals("", Files.readString(dataDir.resolve("annals.lock"), StandardCharsets.UTF_8));
    }

    @Test
    void aReaderInTheSameProcessAsTheWriterGetsAClearMessage() {
        try (AnnalsStore writer = AnnalsStore.openForWriting(dataDir)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> AnnalsStore.openReadOnly(dataDir));
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(e.getMessage().contains("which is writing it"), e.getMessage());
            assertEquals(0, writer.summary(0).documents(), "the writer is unaffected");
        }
    }

    @Test
    void aWriterInAnotherProcessBlocksWritersAndReadersWithItsPid() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolderMain.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(child);
            String pid = "pid " + child.pid();

            StoreLockedException writer =
                    assertThrows(StoreLockedException.class, () -> AnnalsStore.openForWriting(dataDir));
            assertTrue(writer.getMessage().contains(pid), writer.getMessage());
            assertTrue(writer.getMessage().contains(LockHolderMain.class.getName()), writer.getMessage());

            StoreLockedException reader =
                    assertThrows(StoreLockedException.class, () -> AnnalsStore.openReadOnly(dataDir));
            assertTrue(reader.getMessage().contains(pid), reader.getMessage());
            assertTrue(reader.getMessage().contains("writing"), reader.getMessage());
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        try (AnnalsStore after = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(1, after.summary(0).documents(), "the store is usable once the other writer is gone");
        }
    }

    private static void awaitReady(Process child) throws Exception {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.equals(LockHolderMain.READY)) {
                        return line;
                    }
                    seen.append(line).append('\n');
                }
                return seen.toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
        String line = ready.get(60, TimeUnit.SECONDS);
        assertEquals(LockHolderMain.READY, line, "the child process failed to open the store");
    }
}
