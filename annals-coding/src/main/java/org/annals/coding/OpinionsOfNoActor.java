package org.annals.coding;

import java.util.List;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Token;

/**
 * "La Riva criticized any space agency", "Pierce called for an end to the War on Drugs", "Chetwynd praised the
 * quality of the work": an accusation, request, support or rejection that reaches no actor is an opinion that
 * concerns no actor, which the guidelines do not code (docs/event-annotation.md); the gold of every labelled set gives
 * these four types a target in all but a handful of records. Such an event is dropped once every route that finds
 * participants has run. Kept with its empty target: a judgement of an act whose author is not known ("condemned the
 * attack", "a dastardly act"), which the guidelines code as it is; and an act aimed at a relative pronoun ("Chile,
 * which Peru criticized"), whose target is the pronoun's antecedent. Created per document.
 */
final class OpinionsOfNoActor {
    /** Why {@code explain} lists such a trigger without an event. */
    static final String REASON = "opinion: reaches no actor";

    private static final Set<String> DIRECTED_TYPES = Set.of("ACCUSE", "REQUEST", "SUPPORT", "REJECT");
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "obl", "ccomp", "xcomp", "nsubj:pass");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("WDT", "WP");

    private final Tree tree;
    private final ActNouns acts;

    OpinionsOfNoActor(Tree tree, ActNouns acts) {
        this.tree = tree;
        this.acts = acts;
    }

    /** The events without those that judge, ask or back nobody. */
    List<Event> without(List<Event> events) {
        return events.stream().filter(event -> !concernsNoActor(event)).toList();
    }

    boolean concernsNoActor(Event event) {
        return DIRECTED_TYPES.contains(event.type())
                && event.targetIds().isEmpty()
                && !event.rule().contains(StanceTargets.UNCLAIMED_ACT)
                && !aimedAtSomething(event);
    }

    // "condemned the attack", "welcomed the arrest": the act's author may be unknown, the act is still judged.
    // Measures ("the plan", "the bill") always have an author; one that was not found leaves no actor judged.
    private boolean aimedAtSomething(Event event) {
        return triggerToken(event).stream()
                .flatMap(trigger -> tree.children(trigger).stream())
                .map(tree::token)
                .filter(child -> OBJECT_RELATIONS.contains(child.deprel()))
                .anyMatch(child -> typedAct(child) || RELATIVE_PRONOUNS.contains(child.pos()));
    }

    private boolean typedAct(Token token) {
        return acts.actAt(token)
                .map(act -> act.anyType() || !act.types().isEmpty())
                .orElse(false);
    }

    private List<Integer> triggerToken(Event event) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.token(i).span().start() == event.trigger().start()) {
                return List.of(i);
            }
        }
        return List.of();
    }
}
