package org.annals.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Event listings, counts, relations and the network, answered from the {@link EventIndex} when there is one and it
 * can serve the filters, else by SQL ({@link Queries}, {@link Browse}). Both give the same results. Indexed reads run
 * side by side; SQL reads hold {@code sqlLock}, as the store's read connection serves one query at a time.
 */
final class EventReads {
    private final Connection connection;
    private final Object sqlLock;
    private final EventIndex index;

    /** {@code index} null: SQL only. */
    EventReads(Connection connection, Object sqlLock, EventIndex index) {
        this.connection = connection;
        this.sqlLock = sqlLock;
        this.index = index;
    }

    List<EventRow> events(EventQuery q) throws SQLException, IOException {
        if (indexServes(q)) {
            return IndexedEventPage.rows(index, EventIndexQuery.of(index.actors(), q), q.limit(), q.offset());
        }
        synchronized (sqlLock) {
            return new Queries(connection).events(q);
        }
    }

    long countEvents(EventQuery q) throws SQLException, IOException {
        if (indexServes(q)) {
            return EventIndexQuery.count(index, EventIndexQuery.of(index.actors(), q));
        }
        synchronized (sqlLock) {
            return new Queries(connection).countEvents(q);
        }
    }

    long countEventsUpTo(EventQuery q, long cap) throws SQLException, IOException {
        if (indexServes(q)) {
            // An exact count from the index costs no more than a capped one.
            return Math.min(countEvents(q), cap + 1);
        }
        synchronized (sqlLock) {
            return new Queries(connection).countEventsUpTo(q, cap);
        }
    }

    TableResult relation(String a, String b, Period period, LocalDate from, LocalDate to, Counting counting)
            throws SQLException, IOException {
        if (index != null) {
            return RelationCounts.relation(index, a, b, period, from, to, counting);
        }
        synchronized (sqlLock) {
            return new Browse(connection).relation(a, b, period, from, to, counting);
        }
    }

    TableResult network(LocalDate from, LocalDate to, int limit, Counting counting) throws SQLException, IOException {
        if (index != null) {
            return RelationCounts.network(index, from, to, limit, counting);
        }
        synchronized (sqlLock) {
            return new Browse(connection).network(from, to, limit, counting);
        }
    }

    /** Whether there is an event index to read from. */
    boolean hasIndex() {
        return index != null;
    }

    private boolean indexServes(EventQuery q) {
        return index != null && EventIndexQuery.serves(q);
    }
}
