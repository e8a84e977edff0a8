package org.annals.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * The actors on the other side of one actor's events, most events first, counted over the {@link EventIndex}'s pair
 * keys of the actor's events: the rows {@link Browse#counterparts} gives in SQL, without a pass over every event's
 * actors for a frequent actor.
 */
final class IndexedCounterparts {
    private static final List<String> COLUMNS = List.of("id", "name", "events");

    private record Counterpart(String id, long events) {}

    private IndexedCounterparts() {}

    static TableResult of(EventIndex index, String actorId, int limit) throws IOException, SQLException {
        TermQuery query = new TermQuery(new Term(EventFields.ACTOR, actorId));
        Map<String, PairTally.Tally> tallies =
                index.search(searcher -> PairTally.count(searcher, query, MatchedEvents.ALL));
        List<Counterpart> top = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            String[] ids = EventFields.pairIds(key);
            if (ids[0].equals(actorId) || ids[1].equals(actorId)) {
                top.add(new Counterpart(ids[0].equals(actorId) ? ids[1] : ids[0], tally.events()));
            }
        });
        List<Counterpart> rows = top.stream()
                .sorted(Comparator.comparingLong(Counterpart::events)
                        .reversed()
                        .thenComparing(Counterpart::id, RelationCounts.BYTE_ORDER))
                .limit(limit)
                .toList();
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        Map<String, String[]> details = index.actors().details(ids);
        List<List<Object>> table = new ArrayList<>();
        for (Counterpart row : rows) {
            String[] known = details.get(row.id());
            table.add(List.of(row.id(), known == null ? row.id() : known[0], row.events()));
        }
        return new TableResult(COLUMNS, table, false);
    }
}
