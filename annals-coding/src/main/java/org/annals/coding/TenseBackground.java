package org.annals.coding;

import java.util.Set;
import java.util.stream.Stream;
import org.annals.core.Token;

/**
 * Reads from the tense of the clauses around an undated happening, or from an adverb of sequence, that it lies before
 * the report without saying when: under a pluperfect ("had made threats", "had met ... to sign"), a past cause of a
 * present state ("is shut down because they could not agree"), or told as following an earlier happening ("and later
 * banned"). The publication day would date such a happening by a guess the text contradicts, so it stays undated.
 */
final class TenseBackground {
    /** Adverbs that place a happening after another the text tells, at a time it does not give. */
    private static final Set<String> SEQUENCE_ADVERBS =
            Set.of("later", "subsequently", "afterwards", "afterward", "thereafter");

    /** Subordinators of a clause that tells the cause of its governor's state. */
    private static final Set<String> CAUSAL_MARKERS = Set.of("because");

    /** Relations by which a verb carries its own auxiliaries, so their tense is the clause's. */
    private static final Set<String> TENSE_RELATIONS = Set.of("aux", "aux:pass", "cop");

    /** Past modals and the past "do" that carry a clause's tense when the verb is bare ("could not agree"). */
    private static final Set<String> PAST_AUXILIARIES = Set.of("could", "did", "was", "were", "had");

    private static final Set<String> PRESENT_TAGS = Set.of("VBZ", "VBP");
    private static final int MAX_STEPS = 8;

    private final Tree tree;
    private final ModalityDetector modality;

    TenseBackground(Tree tree) {
        this.tree = tree;
        this.modality = new ModalityDetector(tree);
    }

    /** Whether the clause holding the predicate (its verb for a noun) tells it as earlier than the report. */
    boolean toldAsBefore(int clause) {
        return clause >= 0 && (underPluperfect(clause) || pastCauseOfAPresentState(clause) || toldAsLater(clause));
    }

    // "militias had made threats", "had met ... to sign an agreement", "had asked her to resign": a noun, an
    // infinitive or a complement whose verb is pluperfect lies before the past the article tells; the walk goes up
    // through infinitives and open complements only, since a clause of its own has its own tense.
    private boolean underPluperfect(int clause) {
        int current = clause;
        for (int step = 0; step < MAX_STEPS && current >= 0; step++) {
            if (modality.isPluperfect(current)) {
                return true;
            }
            if (!openComplement(current)) {
                return false;
            }
            current = tree.head(current);
        }
        return false;
    }

    private boolean openComplement(int verb) {
        Token token = tree.token(verb);
        return token.deprel().equals("xcomp") || token.deprel().startsWith("advcl") && toInfinitive(verb);
    }

    private boolean toInfinitive(int verb) {
        return tree.hasMark(verb, "to");
    }

    // "The government is shut down because the president and Congress could not agree": a clause in the past that
    // gives the cause of a state in the present happened before the present it explains.
    private boolean pastCauseOfAPresentState(int clause) {
        Token token = tree.token(clause);
        if (!token.deprel().equals("advcl") || token.head() < 0 || !causal(clause)) {
            return false;
        }
        return past(clause) && present(token.head());
    }

    private boolean causal(int clause) {
        return tree.children(clause, "mark").stream()
                .anyMatch(m -> CAUSAL_MARKERS.contains(Tree.lower(tree.token(m).word())));
    }

    private boolean past(int clause) {
        return tree.token(clause).pos().equals("VBD")
                || tenseCarriers(clause)
                        .anyMatch(t -> t.pos().equals("VBD") || PAST_AUXILIARIES.contains(Tree.lower(t.word())));
    }

    private boolean present(int clause) {
        return PRESENT_TAGS.contains(tree.token(clause).pos())
                || tenseCarriers(clause).anyMatch(t -> PRESENT_TAGS.contains(t.pos()));
    }

    private Stream<Token> tenseCarriers(int clause) {
        return tree.children(clause).stream().map(tree::token).filter(t -> TENSE_RELATIONS.contains(t.deprel()));
    }

    // "declared a state of emergency on November 15 ... and later banned gatherings", "The court later ruled": the
    // happening follows another the text tells, at a time it does not give, not on the day of the report.
    private boolean toldAsLater(int clause) {
        return tree.children(clause).stream()
                .map(tree::token)
                .anyMatch(t -> t.deprel().equals("advmod") && SEQUENCE_ADVERBS.contains(Tree.lower(t.word())));
    }
}
