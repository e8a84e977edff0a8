package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Span;

/**
 * Event anaphora: a stance aimed at an act ("condemned the shelling", "called the move a betrayal") is aimed at
 * whoever did it. The author is the act's possessor ("the governor's veto", "the Russian offensive"), its agent ("the
 * attack by rebels", "the decision of the court"), or else the source of the nearest earlier event that tells the same
 * act: its verb ("shelled" for "the shelling") or a type the noun implies ("the offensive" for an ASSAULT). An act
 * nobody is named for has no author: nothing is guessed. Created per document; events are added as they are coded.
 */
final class ActAuthors {
    /** The events whose target may be an act rather than an actor. */
    static final Set<String> AIMED_TYPES = Set.of("ACCUSE", "REJECT", "PROTEST", "SUPPORT", "REQUEST");

    /** Prefix of the route by which an author was found, as it appears in an event's rule. */
    static final String ROUTE = "act-author:";

    // "The killing of a teacher", "the arrest of two men": after acts done to someone, "of" names the victim.
    private static final Set<String> DONE_TO_SOMEONE = Set.of("ASSAULT", "COERCE", "SANCTION", "ACCUSE");

    private final Tree tree;
    private final Arguments arguments;
    private final ActNouns acts;
    private final List<Event> earlier = new ArrayList<>();
    private final Map<Span, Integer> triggers = new HashMap<>();

    ActAuthors(Tree tree, Arguments arguments, ActNouns acts) {
        this.tree = tree;
        this.arguments = arguments;
        this.acts = acts;
        for (int i = 0; i < tree.size(); i++) {
            triggers.put(tree.token(i).span(), i);
        }
    }

    void add(Event event) {
        earlier.add(event);
    }

    void addAll(List<Event> events) {
        earlier.addAll(events);
    }

    /** The author of the first of the nouns that names an act, when the event's type may be aimed at an act. */
    Arguments.Found authorOf(List<Integer> nouns, String type) {
        if (!AIMED_TYPES.contains(type)) {
            return Arguments.Found.NONE;
        }
        return nouns.stream()
                .filter(noun -> act(noun).isPresent())
                .findFirst()
                .map(this::authorOf)
                .orElse(Arguments.Found.NONE);
    }

    /** The author of the act a noun names, or none when the noun names no act or the article names no author. */
    Arguments.Found authorOf(int noun) {
        Optional<ActNouns.Act> act = act(noun);
        if (act.isEmpty()) {
            return Arguments.Found.NONE;
        }
        Arguments.Found owner = arguments.possessor(noun);
        if (!owner.actors().isEmpty()) {
            return routed(owner, "possessor");
        }
        Arguments.Found agent = agent(noun, act.get());
        return agent.actors().isEmpty() ? toldEarlier(noun, act.get()) : agent;
    }

    private Optional<ActNouns.Act> act(int noun) {
        return tree.token(noun).isNoun() && !tree.token(noun).isProperNoun()
                ? acts.act(tree.token(noun).lemma())
                : Optional.empty();
    }

    // "the attack by rebels", "the decision of the court"; but "the shelling of Kharkiv" names the victim.
    private Arguments.Found agent(int noun, ActNouns.Act act) {
        boolean ofIsAgent = act.types().stream().noneMatch(DONE_TO_SOMEONE::contains);
        for (int child : tree.children(noun, "nmod")) {
            String preposition = tree.preposition(child);
            if (preposition.equals("by") || (ofIsAgent && preposition.equals("of"))) {
                Arguments.Found found = arguments.actorsOf(child, "");
                if (!found.actors().isEmpty()) {
                    return routed(found, "agent-" + preposition);
                }
            }
        }
        return Arguments.Found.NONE;
    }

    // The nearest event told before the noun that tells the same act and names who did it.
    private Arguments.Found toldEarlier(int noun, ActNouns.Act act) {
        int start = tree.token(noun).span().start();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event event = earlier.get(i);
            Integer trigger = triggers.get(event.trigger());
            boolean before = event.trigger().start() < start && trigger != null;
            if (before
                    && !event.sourceIds().isEmpty()
                    && act.toldBy(Tree.lower(tree.token(trigger).lemma()), event.type())) {
                return new Arguments.Found(event.sourceIds(), ROUTE + "earlier-" + act.lemma(), false);
            }
        }
        return Arguments.Found.NONE;
    }

    private static Arguments.Found routed(Arguments.Found found, String route) {
        return new Arguments.Found(found.actors(), ROUTE + route, found.group());
    }
}
