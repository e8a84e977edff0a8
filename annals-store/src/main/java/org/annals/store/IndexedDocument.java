package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Mention;

/**
 * What the full-text index knows of a document; built from a Document when stored, or from DuckDB rows. Besides
 * the searched text (and where in the document's text it lies: {@link StoredText#articleSpans}, null for all of
 * it) it carries what search facets count: the actors the document names (its document_actors rows)
 * and how many of its events have each type.
 */
record IndexedDocument(
        String id,
        String title,
        String publisher,
        LocalDate published,
        String articleText,
        String articleSpans,
        List<String> actorIds,
        Map<String, Integer> eventTypes) {
    IndexedDocument {
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        articleText = articleText == null ? "" : articleText;
        actorIds = List.copyOf(new TreeSet<>(actorIds));
        eventTypes = Map.copyOf(eventTypes);
    }

    /** The actors and event types of {@code doc} as the store writes them (see DocumentWriter). */
    static IndexedDocument of(Document doc, List<StoredText.StoredBlock> blocks) {
        TreeSet<String> actors = new TreeSet<>();
        doc.mentions().stream().filter(Mention::isResolved).forEach(m -> actors.add(m.actorId()));
        doc.actors().forEach(actor -> actors.add(actor.id()));
        return new IndexedDocument(
                doc.id(),
                doc.metadata().title(),
                doc.metadata().publisher(),
                doc.metadata().published(),
                StoredText.article(doc.text(), blocks),
                StoredText.articleSpans(blocks),
                List.copyOf(actors),
                typeCounts(doc.events().stream().map(Event::type).toList()));
    }

    static Map<String, Integer> typeCounts(List<String> types) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String type : types) {
            if (type != null) {
                counts.merge(type, 1, Integer::sum);
            }
        }
        return counts;
    }
}
