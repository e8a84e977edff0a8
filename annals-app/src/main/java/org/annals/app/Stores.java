package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.store.AnnalsStore;
import org.annals.store.ReadConnections;

/** Opens the store, turning its failures into messages that say what to do. */
final class Stores {
    private Stores() {}

    static AnnalsStore openForWriting(Path dataDir) {
        return openForWriting(dataDir, ReadConnections.defaults());
    }

    static AnnalsStore openForWriting(Path dataDir, ReadConnections readers) {
        try {
            return AnnalsStore.openForWriting(dataDir, readers);
        } catch (RuntimeException e) {
            throw new UserException(ErrorMessages.describe(e), e);
        }
    }

    static AnnalsStore openReadOnly(Path dataDir) {
        return openReadOnly(dataDir, "");
    }

    /** With DuckDB's memory capped (see {@link AnnalsStore#openReadOnly(Path, String)}). */
    static AnnalsStore openReadOnly(Path dataDir, String memoryLimit) {
        try {
            return AnnalsStore.openReadOnly(dataDir, memoryLimit);
        } catch (RuntimeException e) {
            throw new UserException(ErrorMessages.describe(e), e);
        }
    }

    /** Builds a query from the user's options; a rejected combination is the user's to fix. */
    static <Q> Q query(Supplier<Q> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Opens the store read-only, fills a table from it and prints the table. */
    static void printTable(
            Path dataDir, OutputFormat format, PrintWriter out, Function<AnnalsStore, TablePrinter> fill) {
        try (AnnalsStore store = openReadOnly(dataDir)) {
            fill.apply(store).print(format, out);
        }
    }
}
