package org.annals.store;

/**
 * How many reads a store serves at the same time: each has a DuckDB connection of its own while it runs, and further
 * reads wait for one to be free. The default is several per processor: reads differ a thousandfold in cost, and with
 * only one per processor a few long scans make every short lookup wait for them (a search page waited 4.9 s for
 * its turn behind event lists with 2 connections, 2.0 s with 8, on 2 busy processors).
 */
public record ReadConnections(int count) {
    public static final int MAX = 64;

    public ReadConnections {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("read connections must be between 1 and " + MAX + ", got " + count
                    + "; the default is " + defaults().count() + " (four per processor, at least 4 and at most 32)");
        }
    }

    /** Four per processor, at least 4 and at most 32. */
    public static ReadConnections defaults() {
        return new ReadConnections(
                Math.max(4, Math.min(32, 4 * Runtime.getRuntime().availableProcessors())));
    }
}
