package org.annals.coding;

import java.util.List;
import java.util.Optional;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * A state suspending its own legislature ("the Queen suspended parliament", "Tonga's parliament was suspended") is a
 * procedure such as a prorogation, which the ontology does not code; a foreign state or an IGO suspending a
 * legislature (from an assembly, say) still sanctions it. A verbs.tsv row marks the verbs with "not-own-legislature".
 */
final class OwnLegislatures {
    static final String SPEC = "not-own-legislature";
    private static final String LEGISLATURE = "LEG";

    private final ActorIndex index;

    OwnLegislatures(ActorIndex index) {
        this.index = index;
    }

    /** Whether a row marked with the spec, with these actors, only suspends the acting state's own legislature. */
    boolean procedure(List<String> specs, List<String> sources, List<String> targets) {
        if (!specs.contains(SPEC) || targets.isEmpty()) {
            return false;
        }
        List<Actor> legislatures =
                targets.stream().map(index::actor).flatMap(Optional::stream).toList();
        return legislatures.size() == targets.size()
                && legislatures.stream().allMatch(OwnLegislatures::legislature)
                && sources.stream().noneMatch(source -> foreign(source, legislatures));
    }

    private boolean foreign(String source, List<Actor> legislatures) {
        return index.actor(source)
                .map(actor -> actor.kind() == ActorKind.IGO
                        || !actor.country().isEmpty()
                                && legislatures.stream()
                                        .anyMatch(l -> !l.country().equals(actor.country())))
                .orElse(false);
    }

    private static boolean legislature(Actor actor) {
        return LEGISLATURE.equals(actor.sector()) && !actor.country().isEmpty();
    }
}
