package org.annals.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Event listings, counts, relations and the network, answered from the {@link EventIndex} when there is one and it
 * can serve the filters, else by SQL ({@link Queries}, {@link Browse}) on a connection of the read pool. Both give the
 * same results.
 */
final class EventReads {
    /** A read through these event reads. */
    interface Read<T> {
        T run(EventReads reads) throws SQLException, IOException;
    }

    private final ReadPool reads;
    private final EventIndex index;

    /** {@code index} null: SQL only. */
    EventReads(ReadPool reads, EventIndex index) {
        this.reads = reads;
        this.index = index;
    }

    List<EventRow> events(EventQuery q) throws SQLException, IOException {
        if (indexServes(q)) {
            return IndexedEventPage.rows(index, EventIndexQuery.of(index.actors(), q), q.limit(), q.offset());
        }
        return reads.read(c -> new Queries(c).events(q));
    }

    long countEvents(EventQuery q) throws SQLException, IOException {
        if (indexServes(q)) {
            return EventIndexQuery.count(index, EventIndexQuery.of(index.actors(), q));
        }
        return reads.read(c -> new Queries(c).countEvents(q));
    }

    long countEventsUpTo(EventQuery q, long cap) throws SQLException, IOException {
        if (indexServes(q)) {
            // An exact count from the index costs no more than a capped one.
            return Math.min(countEvents(q), cap + 1);
        }
        return reads.read(c -> new Queries(c).countEventsUpTo(q, cap));
    }

    TableResult relation(String a, String b, Period period, LocalDate from, LocalDate to, Counting counting)
            throws SQLException, IOException {
        if (index != null) {
            return RelationCounts.relation(index, a, b, period, from, to, counting);
        }
        return reads.read(c -> new Browse(c).relation(a, b, period, from, to, counting));
    }

    TableResult network(LocalDate from, LocalDate to, int limit, Counting counting) throws SQLException, IOException {
        if (index != null) {
            return RelationCounts.network(index, from, to, limit, counting);
        }
        return reads.read(c -> new Browse(c).network(from, to, limit, counting));
    }

    /** The actors on the other side of {@code actorId}'s events, most events first. */
    TableResult counterparts(String actorId, int limit) throws SQLException, IOException {
        if (index != null) {
            return IndexedCounterparts.of(index, actorId, limit);
        }
        return reads.read(c -> new Browse(c).counterparts(actorId, limit));
    }

    /** The actor's identity row ({@link Browse#actor}), its event counts by role from the index where there is one. */
    TableResult actorIdentity(String actorId) throws SQLException, IOException {
        if (index == null) {
            return reads.read(c -> new Browse(c).actor(actorId));
        }
        TableResult documents = reads.read(c -> new Browse(c).actorDocuments(actorId));
        if (documents.rows().isEmpty()) {
            return new TableResult(withEventCounts(documents.columns()), List.of(), false);
        }
        // One searcher for both counts, so they come from the same snapshot of the index.
        List<Long> byRole =
                index.search(s -> List.of((long) s.count(new TermQuery(new Term(EventFields.SOURCE, actorId))), (long)
                        s.count(new TermQuery(new Term(EventFields.TARGET, actorId)))));
        List<Object> row = new ArrayList<>(documents.rows().get(0));
        row.addAll(byRole);
        return new TableResult(withEventCounts(documents.columns()), List.of(row), false);
    }

    private static List<String> withEventCounts(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.add("events_as_source");
        all.add("events_as_target");
        return all;
    }

    /** Whether there is an event index to read from. */
    boolean hasIndex() {
        return index != null;
    }

    private boolean indexServes(EventQuery q) {
        return index != null && EventIndexQuery.serves(q);
    }
}
