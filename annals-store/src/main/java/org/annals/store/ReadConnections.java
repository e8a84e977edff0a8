package org.annals.store;

/**
 * How many reads a store serves at the same time: each has a DuckDB connection of its own while it runs, and further
 * reads wait for one to be free. DuckDB runs each query on several threads as well, so more than the processors
 * rarely helps.
 */
public record ReadConnections(int count) {
    public static final int MAX = 64;

    public ReadConnections {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException(
                    "read connections must be between 1 and " + MAX + ", got " + count + "; the default is "
                            + defaults().count() + " (the number of processors, at least 2 and at most 16)");
        }
    }

    /** One per processor, at least 2 (so that a slow read never holds up every other) and at most 16. */
    public static ReadConnections defaults() {
        return new ReadConnections(Math.max(2, Math.min(16, Runtime.getRuntime().availableProcessors())));
    }
}
