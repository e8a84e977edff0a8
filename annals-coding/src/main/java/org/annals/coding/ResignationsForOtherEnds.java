package org.annals.coding;

import java.util.List;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Token;

/**
 * "Clinton resigned to become Secretary of State", "Johnson resigned in protest at the agreement": a resignation told
 * with the end it served (a purpose infinitive) or as a protest is a step of its author's own choosing, not the
 * yielding under pressure that the guidelines code as CONCEDE/resign (docs/ontology.md). Such an event is dropped.
 * Created per document.
 */
final class ResignationsForOtherEnds {
    private static final String RESIGN = "resign";
    private static final Set<String> PURPOSE_RELATIONS = Set.of("advcl", "xcomp");

    private final Tree tree;

    ResignationsForOtherEnds(Tree tree) {
        this.tree = tree;
    }

    /** The events without resignations made for another end. */
    List<Event> without(List<Event> events) {
        return events.stream().filter(event -> !forAnotherEnd(event)).toList();
    }

    boolean forAnotherEnd(Event event) {
        if (!event.type().equals("CONCEDE") || !event.mode().equals(RESIGN)) {
            return false;
        }
        return tree.indexAt(event.trigger())
                .map(this::resigningVerb)
                .map(verb -> tree.children(verb).stream().anyMatch(child -> purpose(child) || inProtest(child)))
                .orElse(false);
    }

    // "announced his resignation to run for the Senate": the purpose hangs on the verb that tells the resignation.
    private int resigningVerb(int trigger) {
        Token token = tree.token(trigger);
        return token.isNoun() && token.head() >= 0 ? token.head() : trigger;
    }

    private boolean purpose(int child) {
        Token token = tree.token(child);
        return PURPOSE_RELATIONS.contains(token.deprel()) && token.pos().equals("VB") && tree.hasMark(child, "to");
    }

    private boolean inProtest(int child) {
        Token token = tree.token(child);
        return token.deprel().startsWith("obl")
                && Tree.lower(token.lemma()).equals("protest")
                && tree.hasCase(child, "in");
    }
}
