package org.annals.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * A page of an event listing from the {@link EventIndex}: the top {@code offset + limit} events in the listing's
 * order (newest day first, events without a day last, then document, evidence position and id), read from the
 * stored fields; only the actors' display names come from DuckDB (through the {@link ActorCache}), as an actor's
 * name may change after its events.
 */
final class IndexedEventPage {
    static final Sort ORDER = order();

    private IndexedEventPage() {}

    private static Sort order() {
        SortField day = new SortField(EventFields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(
                day,
                new SortField(EventFields.DOC_ID, SortField.Type.STRING),
                new SortField(EventFields.EVIDENCE_START, SortField.Type.LONG),
                new SortField(EventFields.ID, SortField.Type.STRING));
    }

    static List<EventRow> rows(EventIndex index, Query query, int limit, int offset) throws IOException, SQLException {
        List<Document> page = index.search(searcher -> stored(searcher, query, limit, offset));
        Set<String> actorIds = new LinkedHashSet<>();
        for (Document doc : page) {
            actorIds.addAll(EventFields.stored(doc, EventFields.SOURCES));
            actorIds.addAll(EventFields.stored(doc, EventFields.TARGETS));
        }
        Map<String, String> names = index.actors().names(actorIds);
        List<EventRow> rows = new ArrayList<>(page.size());
        for (Document doc : page) {
            rows.add(row(doc, names));
        }
        return rows;
    }

    private static List<Document> stored(IndexSearcher searcher, Query query, int limit, int offset)
            throws IOException {
        TopDocs top = searcher.search(query, offset + limit, ORDER);
        StoredFields fields = searcher.storedFields();
        List<Document> page = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            page.add(fields.document(hit.doc));
        }
        return page;
    }

    private static EventRow row(Document doc, Map<String, String> names) {
        List<String> sourceIds = EventFields.stored(doc, EventFields.SOURCES);
        List<String> targetIds = EventFields.stored(doc, EventFields.TARGETS);
        return new EventRow(
                doc.get(EventFields.ID),
                doc.get(EventFields.DOC_ID),
                doc.get(EventFields.DATE),
                doc.get(EventFields.GRANULARITY),
                doc.get(EventFields.TYPE),
                doc.get(EventFields.MODE),
                doc.get(EventFields.MODALITY),
                named(sourceIds, names),
                named(targetIds, names),
                sourceIds,
                targetIds,
                doc.get(EventFields.PLACE),
                doc.get(EventFields.EVIDENCE),
                doc.get(EventFields.TITLE),
                doc.get(EventFields.URL),
                published(doc),
                EventFields.mentions(doc));
    }

    private static LocalDate published(Document doc) {
        var field = doc.getField(EventFields.PUBLISHED);
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
    }

    private static List<String> named(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
