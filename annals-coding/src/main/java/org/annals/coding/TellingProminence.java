package org.annals.coding;

import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Sentence;
import org.annals.core.Span;

/**
 * How prominently an article tells an act: the article's main act is told in the lead, told again, and told by a main
 * clause; an act named in passing ("who was also killed in the strike", "pointing to the December 31 attack as an
 * example", "after the attack on the embassy") is none of these. Created per document.
 */
final class TellingProminence {
    // Clauses that describe or set the scene for something else: a relative clause, a participle or adverbial clause,
    // a noun's infinitive.
    private static final Set<String> SUBORDINATE_RELATIONS = Set.of("acl", "acl:relcl", "advcl");
    // Prepositions that place an act as the background, the measure or an instance of another one.
    private static final Set<String> BACKGROUND_PREPOSITIONS =
            Set.of("after", "following", "before", "like", "unlike", "including", "such", "since", "amid", "besides");
    private static final Set<String> PREPOSITIONAL_RELATIONS = Set.of("obl", "nmod");
    private static final int LEAD_WEIGHT = 2;

    private final Document document;
    private final Tree tree;
    private final int leadSentence;

    TellingProminence(Document document, Tree tree) {
        this.document = document;
        this.tree = tree;
        this.leadSentence = leadSentence(document);
    }

    /**
     * One for each further telling; for an act told by a main clause one more, and two more again when that clause is
     * the lead sentence.
     */
    int of(Event event) {
        int tellings = event.mentions().size();
        if (inPassing(event)) {
            return tellings;
        }
        return tellings + 1 + (inLead(event) ? LEAD_WEIGHT : 0);
    }

    /** Whether the act's word lies under a relative or adverbial clause or a background preposition. */
    boolean inPassing(Event event) {
        Optional<Integer> trigger = tree.indexAt(event.trigger());
        if (trigger.isEmpty()) {
            return false;
        }
        int current = trigger.get();
        for (int steps = 0; current >= 0 && steps < tree.size(); steps++) {
            if (subordinate(current)) {
                return true;
            }
            current = tree.head(current);
        }
        return false;
    }

    private boolean subordinate(int index) {
        String deprel = tree.token(index).deprel();
        return SUBORDINATE_RELATIONS.contains(deprel)
                || PREPOSITIONAL_RELATIONS.contains(deprel.split(":", 2)[0])
                        && BACKGROUND_PREPOSITIONS.contains(tree.preposition(index));
    }

    private boolean inLead(Event event) {
        return leadSentence >= 0
                && document.sentences().get(leadSentence).span().contains(event.evidence());
    }

    // The first sentence of the body, not the title; the first sentence when the page has no blocks.
    private static int leadSentence(Document document) {
        return IntStream.range(0, document.sentences().size())
                .filter(i -> inBody(document, document.sentences().get(i)))
                .findFirst()
                .orElse(-1);
    }

    private static boolean inBody(Document document, Sentence sentence) {
        if (document.blocks().isEmpty()) {
            return true;
        }
        Span span = sentence.span();
        return document.blocks().stream()
                .filter(b -> b.kind() == BlockKind.BODY)
                .map(Block::span)
                .anyMatch(b -> b.contains(span));
    }
}
