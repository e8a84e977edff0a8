package org.annals.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of read connections to one database, each lent to one thread at a time, so that reads run side by
 * side with each other and with the writer. Every read runs in a transaction of its own that is rolled back at its
 * end: all its statements see the same committed state (never half a document), and nothing it does stays.
 */
final class ReadPool implements AutoCloseable {
    /** A read that may fail with SQL or I/O errors. */
    interface Read<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    private final List<Connection> connections;
    private final BlockingQueue<Connection> idle;

    private ReadPool(List<Connection> connections) {
        this.connections = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    /** {@code size} connections duplicated from {@code source}, which stays the caller's. */
    static ReadPool duplicating(Connection source, ReadConnections size) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < size.count(); i++) {
                Connection connection = Database.duplicate(source);
                connections.add(connection);
                // Manual commit, so that a read's statements share one snapshot; see read().
                connection.setAutoCommit(false);
            }
        } catch (SQLException | RuntimeException e) {
            closeAll(connections, e);
            throw e;
        }
        return new ReadPool(connections);
    }

    int size() {
        return connections.size();
    }

    /** Runs {@code body} on an idle connection, waiting for one when all are lent. */
    <T> T read(Read<T> body) throws SQLException, IOException {
        Connection connection = borrow();
        try {
            return body.run(connection);
        } finally {
            try {
                // Ends the snapshot, so that the connection's next read sees what was committed meanwhile.
                connection.rollback();
            } finally {
                idle.add(connection);
            }
        }
    }

    private Connection borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection", e);
        }
    }

    /**
     * Waits for lent connections to come back, then closes them all. They go back to the idle set closed, so that a
     * read that comes too late fails instead of waiting for ever.
     */
    @Override
    public void close() throws SQLException {
        List<Connection> returned = new ArrayList<>();
        try {
            while (returned.size() < connections.size()) {
                returned.add(idle.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            idle.addAll(returned);
        }
        SQLException failure = null;
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void closeAll(List<Connection> connections, Exception failure) {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
