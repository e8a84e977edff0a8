package org.annals.coding;

import java.util.List;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * Senses of a verb that the kind of its actors decides: "defeated the militants" is a military act where "defeated
 * the senator" is an election, and "troops left Iraq" withdraws forces where "the minister left Iraq" travels. A
 * verbs.tsv row marks such a sense with "armed-target" (some target must be an armed force) or "armed-source" (some
 * source must be one); a country or government is not enough, since "defeated the government" is also a vote and
 * "England defeated Panama" a match.
 */
final class ArmedSides {
    static final String ARMED_TARGET = "armed-target";
    static final String ARMED_SOURCE = "armed-source";
    // CAMEO sectors of armed actors: military, rebels, insurgents, unaligned armed forces, intelligence.
    static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "INS", "UAF", "SPY");

    private final ActorIndex index;

    ArmedSides(ActorIndex index) {
        this.index = index;
    }

    /** Whether the actors found meet what the row's specs ask of them. */
    boolean fit(List<String> specs, List<String> sources, List<String> targets) {
        return (!specs.contains(ARMED_TARGET) || anyArmed(targets))
                && (!specs.contains(ARMED_SOURCE) || anyArmed(sources));
    }

    private boolean anyArmed(List<String> ids) {
        return ids.stream().map(index::actor).anyMatch(actor -> actor.map(ArmedSides::armed)
                .orElse(false));
    }

    static boolean armed(Actor actor) {
        return ARMED_SECTORS.contains(actor.sector());
    }

    /** A person or organisation of no armed sector: "withdrew" by such an actor leaves a race or a plan. */
    static boolean civilian(Actor actor) {
        boolean personOrBody = actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.ORGANISATION;
        return personOrBody && !armed(actor);
    }
}
