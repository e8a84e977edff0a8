package org.annals.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link StoreCrashTest}: stores {@link Fixtures#dispatch} documents from a first number on,
 * printing {@code STORED N} after each put returns, until the parent kills it. Given a pause point, it stops inside
 * that document's transaction right after one table's rows were sent, prints {@code paused N table}, and waits there
 * to be killed, so that the kill is certain to land mid-put.
 *
 * <p>Arguments: data directory, first dispatch number, dispatch number to pause in (-1 for none), table to pause
 * after.
 */
public final class IngestUntilKilledMain {
    static final String OPEN = "open";
    static final String STORED = PutResult.Status.STORED.name();
    static final String PAUSED = "paused";
    static final int NO_PAUSE = -1;
    /** A bound so that a child whose parent died cannot write forever. */
    private static final int MAX_DOCUMENTS = 5_000;

    private IngestUntilKilledMain() {}

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int pauseAt = Integer.parseInt(args[2]);
        String pauseAfter = args.length > 3 ? args[3] : "";
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            out.println(OPEN);
            for (int number = first; number < first + MAX_DOCUMENTS; number++) {
                int current = number;
                store.afterTableForTest(table -> {
                    if (current == pauseAt && table.equals(pauseAfter)) {
                        out.println(PAUSED + " " + current + " " + table);
                        awaitDeath();
                    }
                });
                PutResult result = store.put(Fixtures.dispatch(number));
                out.println(result.status() + " " + number);
            }
        }
    }

    /** Blocks until killed; should the parent die first, its end of stdin closes and this process halts at once. */
    private static void awaitDeath() {
        try {
            while (System.in.read() >= 0) {
                // Nothing is sent on stdin; reading only detects the parent's death.
            }
        } catch (IOException e) {
            // The parent is gone either way.
        }
        Runtime.getRuntime().halt(1);
    }
}
