package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.core.Actor;
import org.annals.core.Document;

/**
 * The institutions events name that no mention of the document did ("two officers were found guilty" by the French
 * judiciary, "a military coup" by the Thai military): each becomes an actor of the document, so every participant
 * of an event has a name, a country and a sector. Created per document.
 */
final class ImpliedInstitutions {
    private final Map<String, Actor> implied = new TreeMap<>();

    /** The institution's actor, taken once however many events name it. */
    Actor of(Institutions.Institution body) {
        return implied.computeIfAbsent(
                body.id(),
                id -> new Actor(
                        id,
                        body.name(),
                        body.kind(),
                        body.country(),
                        body.role(),
                        body.sector(),
                        List.of(),
                        List.of()));
    }

    /** The institution implied under this id so far, if any. */
    Optional<Actor> find(String id) {
        return Optional.ofNullable(implied.get(id));
    }

    /** The document with the implied institutions added after its own actors. */
    Document addedTo(Document coded) {
        if (implied.isEmpty()) {
            return coded;
        }
        List<Actor> all = new ArrayList<>(coded.actors());
        implied.values().stream().sorted(Comparator.comparing(Actor::id)).forEach(all::add);
        return coded.withActors(all, coded.mentions());
    }
}
