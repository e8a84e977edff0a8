package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Mention;

/**
 * Resolves the places of one document's events to gazetteer entries. A name several cities share is read in the
 * country context: first the countries of the event's own actors, then that of the actor the place mention was
 * resolved to, then the countries of the article's actors, most mentioned first (docs/gazetteer.md).
 */
final class EventPlaces {
    private final Gazetteer gazetteer;
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<String> articleCountries;

    EventPlaces(Gazetteer gazetteer, Document document) {
        this.gazetteer = gazetteer;
        document.actors().forEach(a -> actors.put(a.id(), a));
        this.articleCountries = articleCountries(document);
    }

    Location of(Event event) {
        if (event.place().isEmpty()) {
            return Location.NONE;
        }
        Set<String> context = new LinkedHashSet<>();
        event.sourceIds().forEach(id -> addCountry(id, context));
        event.targetIds().forEach(id -> addCountry(id, context));
        addCountry(event.placeId(), context);
        context.addAll(articleCountries);
        return gazetteer.resolve(event.place(), new ArrayList<>(context)).orElse(Location.NONE);
    }

    private void addCountry(String actorId, Set<String> into) {
        Actor actor = actors.get(actorId);
        if (actor != null && !actor.country().isEmpty()) {
            into.add(actor.country());
        }
    }

    private List<String> articleCountries(Document document) {
        Map<String, Integer> mentions = new HashMap<>();
        for (Mention mention : document.mentions()) {
            Actor actor = actors.get(mention.actorId());
            if (actor != null && !actor.country().isEmpty()) {
                mentions.merge(actor.country(), 1, Integer::sum);
            }
        }
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
