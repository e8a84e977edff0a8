package org.annals.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a child JVM by {@link StoreLockTest}: holds the store open for writing until its stdin closes. */
public final class LockHolderMain {
    static final String READY = "store open for writing";

    private LockHolderMain() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AnnalsStore store = AnnalsStore.openForWriting(Path.of(args[0]))) {
            out.println(store.isReadOnly() ? "opened read-only by mistake" : READY);
            while (System.in.read() >= 0) {
                // Holding the lock until the parent closes our stdin (or dies, which closes it too).
            }
        }
    }
}
