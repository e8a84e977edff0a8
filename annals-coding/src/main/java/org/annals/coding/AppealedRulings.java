package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Token;

/**
 * An appeal told without what is appealed ("both officers said they would appeal", "filed his intent to appeal")
 * answers the court act the article told before against the appellants: a conviction, a sentence or a ruling. It is
 * aimed at whoever did that act, and is no event when the article tells none. "Appealed to voters" and "appealed for
 * calm" are pleas (the lexicon's REQUEST), and "is eligible to appeal" tells a right, not an act.
 */
final class AppealedRulings {
    static final String RULE = "verb:appeal(bare)";
    private static final String LEMMA = "appeal";
    private static final EventLexicon.Verb BARE_APPEAL =
            new EventLexicon.Verb(LEMMA, "REJECT", "appeal", List.of("-"), false, "bare");
    private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "ccomp", "xcomp");
    private static final Set<String> PLEA_PREPOSITIONS = Set.of("to", "for");
    // The court acts an appeal answers, as type/mode: a verdict, a sentence, a ruling (a remand is not appealed).
    private static final Set<String> COURT_ACTS = Set.of("ACCUSE/convict", "COERCE/imprison", "REJECT/ruling");
    private static final String ROUTE = "+appealed:earlier-court-act";

    static final String REASON = "no target: no court act told before against the appellants";

    private AppealedRulings() {}

    /** Whether the event is a bare appeal still waiting for the court act it answers. */
    static boolean unanswered(Event event) {
        return event.rule().startsWith(RULE) && event.targetIds().isEmpty();
    }

    /** The appeal row for a bare legal appeal at {@code word}, or none when the verb is no such appeal. */
    static Optional<EventLexicon.Verb> at(Tree tree, int word) {
        Token token = tree.token(word);
        if (!token.isVerb() || !Tree.lower(token.lemma()).equals(LEMMA)) {
            return Optional.empty();
        }
        boolean argued = tree.children(word).stream()
                .anyMatch(c -> ARGUMENTS.contains(tree.token(c).deprel()) || plea(tree, c));
        return argued || ofAnAdjective(tree, word) ? Optional.empty() : Optional.of(BARE_APPEAL);
    }

    private static boolean plea(Tree tree, int child) {
        return tree.token(child).deprel().startsWith("obl") && PLEA_PREPOSITIONS.contains(tree.preposition(child));
    }

    private static boolean ofAnAdjective(Tree tree, int word) {
        int governor = tree.head(word);
        return tree.token(word).deprel().equals("xcomp")
                && governor >= 0
                && tree.token(governor).pos().startsWith("JJ");
    }

    /** The events with each bare appeal aimed at the author of the court act it answers, or dropped without one. */
    static List<Event> complete(List<Event> events) {
        List<Event> kept = new ArrayList<>(events.size());
        for (Event event : events) {
            if (!unanswered(event)) {
                kept.add(event);
                continue;
            }
            answered(event, events)
                    .map(act -> event.withParticipants(event.sourceIds(), act.sourceIds(), event.rule() + ROUTE))
                    .ifPresent(kept::add);
        }
        return kept;
    }

    // The latest court act against one of the appellants told up to the appeal's sentence.
    private static Optional<Event> answered(Event appeal, List<Event> events) {
        Event found = null;
        for (Event act : events) {
            if (act != appeal
                    && answers(act, appeal)
                    && (found == null
                            || act.evidence().start() >= found.evidence().start())) {
                found = act;
            }
        }
        return Optional.ofNullable(found);
    }

    // A court act by others, told no later than the appeal, whose targets include one of the appellants.
    private static boolean answers(Event act, Event appeal) {
        return COURT_ACTS.contains(act.type() + "/" + act.mode())
                && !act.sourceIds().isEmpty()
                && act.evidence().start() <= appeal.evidence().start()
                && act.targetIds().stream().anyMatch(appeal.sourceIds()::contains)
                && act.sourceIds().stream().noneMatch(appeal.sourceIds()::contains);
    }
}
