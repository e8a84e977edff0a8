package org.annals.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The filters of an {@link EventQuery} as a Lucene query over the {@link EventIndex}, meaning what
 * {@link Queries#eventFilters} means in SQL: actor and pair filters name actors as {@link ActorMatch} resolves them,
 * {@code from} bounds the last covered day and {@code to} the first. Free text and place filters are substrings,
 * which the index does not hold; queries with them stay with SQL.
 */
final class EventIndexQuery {
    private EventIndexQuery() {}

    /** Whether the index can answer {@code q} alone. */
    static boolean serves(EventQuery q) {
        return q.text().isEmpty() && q.place().isEmpty() && q.mode().isEmpty();
    }

    static Query of(ActorCache actors, EventQuery q) throws SQLException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean filtered = false;
        if (!q.actor().isEmpty()) {
            filter(query, anyOf(EventFields.ACTOR, actors.ids(q.actor())));
            filtered = true;
        }
        if (!q.pair().isEmpty()) {
            filter(query, pairs(actors.ids(q.pair().get(0)), actors.ids(q.pair().get(1))));
            filtered = true;
        }
        if (!q.type().isEmpty()) {
            filter(
                    query,
                    new TermQuery(new Term(EventFields.TYPE_UPPER, q.type().toUpperCase(Locale.ROOT))));
            filtered = true;
        }
        if (q.modality() != null) {
            filter(
                    query,
                    new TermQuery(new Term(EventFields.MODALITY, q.modality().name())));
            filtered = true;
        }
        filtered |= addDayRange(query, q.from(), q.to());
        return filtered ? query.build() : new MatchAllDocsQuery();
    }

    /** Events with a source in one list and a target in the other, in either direction. */
    static Query pairs(List<String> first, List<String> second) {
        List<String> keys = new ArrayList<>();
        for (String a : first) {
            for (String b : second) {
                keys.add(EventFields.pairKey(a, b));
            }
        }
        return anyOf(EventFields.PAIR, keys);
    }

    /** Adds the day range ({@code from}: last day on or after, {@code to}: first day on or before); true if any. */
    static boolean addDayRange(BooleanQuery.Builder query, LocalDate from, LocalDate to) {
        if (from != null) {
            filter(query, dayRange(EventFields.DAY_END, from.toEpochDay(), Long.MAX_VALUE));
        }
        if (to != null) {
            filter(query, dayRange(EventFields.DAY, Long.MIN_VALUE, to.toEpochDay()));
        }
        return from != null || to != null;
    }

    /**
     * Lucene picks per query: points when the range is what narrows the matches, doc values when another filter
     * does and the range would match most events.
     */
    private static Query dayRange(String field, long from, long to) {
        return new IndexOrDocValuesQuery(
                LongPoint.newRangeQuery(field, from, to), NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    static void filter(BooleanQuery.Builder query, Query clause) {
        query.add(clause, BooleanClause.Occur.FILTER);
    }

    private static Query anyOf(String field, List<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(field, terms);
    }

    /** Events matching {@code query}, counted exactly. */
    static long count(EventIndex index, Query query) throws IOException, SQLException {
        return index.search(searcher -> (long) searcher.count(query));
    }
}
