package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Event;

/** Completes coded events with what is found around them: contexts, the gazetteer place and the quote. */
final class EventRecords {
    private final EventContexts contexts;
    private final EventPlaces places;
    private final EventQuotes quotes;
    private final Map<String, Actor> actors = new HashMap<>();

    EventRecords(Document document, EventContexts contexts, Gazetteer gazetteer) {
        this.contexts = contexts;
        this.places = new EventPlaces(gazetteer, document);
        this.quotes = new EventQuotes(document);
        document.actors().forEach(a -> actors.put(a.id(), a));
    }

    List<Event> complete(List<Event> events) {
        List<Event> completed = new ArrayList<>(events.size());
        for (Event event : events) {
            completed.add(event.withRecord(
                    contexts.of(event.type(), event.mode(), participants(event)),
                    places.of(event),
                    quotes.of(event).orElse(null)));
        }
        return completed;
    }

    private List<Actor> participants(Event event) {
        return Stream.concat(event.sourceIds().stream(), event.targetIds().stream())
                .distinct()
                .map(actors::get)
                .filter(Objects::nonNull)
                .toList();
    }
}
