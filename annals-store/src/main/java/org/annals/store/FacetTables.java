package org.annals.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts as the tables of a {@link DocumentPage}, ordered as DuckDB orders them: values compare by their
 * UTF-8 bytes.
 */
final class FacetTables {
    private static final Comparator<String> BYTES = Comparator.comparing(BytesRef::new);
    private static final Comparator<Map.Entry<String, Long>> MOST_FIRST =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(BYTES));

    private FacetTables() {}

    /** value, count; the most frequent first, ties by value. */
    static TableResult mostFirst(Map<String, Long> counts) {
        return table(counts.entrySet().stream().sorted(MOST_FIRST).toList());
    }

    /** value, count; by value. */
    static TableResult byValue(Map<String, Long> counts) {
        return table(counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(BYTES))
                .toList());
    }

    /** The {@code limit} most frequent ids, ties by id. */
    static List<String> topIds(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(MOST_FIRST)
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** id, name, count for {@code ids} in their order; an id without a name is its own name. */
    static TableResult named(List<String> ids, Map<String, String> names, Map<String, Long> counts) {
        List<List<Object>> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(List.of(id, names.getOrDefault(id, id), counts.get(id)));
        }
        return new TableResult(List.of("id", "name", "count"), rows, false);
    }

    private static TableResult table(List<Map.Entry<String, Long>> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> entry : entries) {
            rows.add(List.of(entry.getKey(), entry.getValue()));
        }
        return new TableResult(List.of("value", "count"), rows, false);
    }
}
