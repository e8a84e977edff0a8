package org.annals.coding;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;

/**
 * The country an article is about: named at least twice, and at least twice as often as any other. Places and
 * demonyms count, governments too, so "the government" in an article on Samoa is Samoa's.
 */
final class DominantCountry {
    private DominantCountry() {}

    static Optional<String> of(Collection<Resolved> resolved, Map<String, ActorDraft> actors) {
        return ranked(counts(resolved, actors));
    }

    /** The same count over a resolved document's mentions, for the stages that run after the actors. */
    static Optional<String> of(Document document) {
        Map<String, Actor> actors = new HashMap<>();
        document.actors().forEach(a -> actors.put(a.id(), a));
        Map<String, Integer> counts = new HashMap<>();
        for (Mention mention : document.mentions()) {
            Actor actor = actors.get(mention.actorId());
            if (actor != null && national(actor.kind(), actor.country())) {
                counts.merge(actor.country(), 1, Integer::sum);
            }
        }
        return ranked(counts);
    }

    private static boolean national(ActorKind kind, String country) {
        return (kind == ActorKind.COUNTRY || kind == ActorKind.GOVERNMENT) && !country.isEmpty();
    }

    /**
     * Stricter, for institutions the text does not place: a name inside a description counts once ("Iranian
     * officials" is one mention of Iran, not two), and the caller's states and provinces count for their country.
     */
    static Optional<String> outermost(
            Collection<Resolved> resolved, Map<String, ActorDraft> actors, List<String> subdivisionCountries) {
        List<Resolved> outer = resolved.stream()
                .filter(m -> resolved.stream().noneMatch(o -> o != m && contains(o, m)))
                .toList();
        Map<String, Integer> counts = counts(outer, actors);
        subdivisionCountries.forEach(iso3 -> counts.merge(iso3, 1, Integer::sum));
        return ranked(counts);
    }

    private static boolean contains(Resolved outer, Resolved inner) {
        boolean within = outer.first() <= inner.first() && inner.last() <= outer.last();
        return within && (outer.first() != inner.first() || outer.last() != inner.last());
    }

    private static Map<String, Integer> counts(Collection<Resolved> counted, Map<String, ActorDraft> actors) {
        Map<String, Integer> counts = new HashMap<>();
        for (Resolved m : counted) {
            ActorDraft actor = actors.get(m.actorId());
            if (actor != null && national(actor.kind, actor.country)) {
                counts.merge(actor.country, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Optional<String> ranked(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2) {
            return Optional.empty();
        }
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= 2 * second
                ? Optional.of(ranked.get(0).getKey())
                : Optional.empty();
    }
}
