package org.annals.coding;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * Force verbs that politics uses for words: "Biden attacked Trump for the tweet" criticises, where "rebels attacked
 * the base" fights. A verbs.tsv row marks such a verb with "verbal-between-civilians": its act is criticism when
 * every source is a named person of no armed sector or a party, every target a person, group or organisation of no
 * armed sector, and some side is political (a person of a government, legislative or party sector, or a party).
 * Candidates are often named without an office, so one political side is enough. A country or a government as
 * target keeps the force reading ("Putin attacked Ukraine"), as do armed, criminal or unnamed attackers ("militiamen
 * attacked the senator": groups), and a quarrel between people of no political side ("Smith attacked his neighbour").
 */
final class VerbalAttacks {
    static final String SPEC = "verbal-between-civilians";
    static final String TYPE = "ACCUSE";
    static final String MODE = "criticize";
    static final String ROUTE = "verbal";
    private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "LEG", "PTY");
    private static final Set<ActorKind> CIVILIAN_TARGETS =
            Set.of(ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANISATION);

    private final ActorIndex index;

    VerbalAttacks(ActorIndex index) {
        this.index = index;
    }

    /** Whether a verb marked with the spec, with these actors, is said rather than done. */
    boolean verbal(List<String> specs, boolean bareNoun, List<String> sources, List<String> targets) {
        return specs.contains(SPEC)
                && !bareNoun
                && !sources.isEmpty()
                && !targets.isEmpty()
                && sources.stream().allMatch(id -> test(id, VerbalAttacks::speaker))
                && targets.stream().allMatch(id -> test(id, VerbalAttacks::civilian))
                && Stream.concat(sources.stream(), targets.stream()).anyMatch(id -> test(id, VerbalAttacks::political));
    }

    private boolean test(String id, Predicate<Actor> check) {
        return index.actor(id).map(check::test).orElse(false);
    }

    private static boolean speaker(Actor actor) {
        return (actor.kind() == ActorKind.PERSON && !ArmedSides.armed(actor)) || party(actor);
    }

    private static boolean political(Actor actor) {
        return (actor.kind() == ActorKind.PERSON && POLITICAL_SECTORS.contains(actor.sector())) || party(actor);
    }

    private static boolean party(Actor actor) {
        return actor.kind() != ActorKind.PERSON && actor.sector().equals("PTY");
    }

    private static boolean civilian(Actor actor) {
        return CIVILIAN_TARGETS.contains(actor.kind()) && !ArmedSides.armed(actor);
    }
}
