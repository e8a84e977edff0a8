package org.annals.coding;

import java.util.Set;
import org.annals.core.Token;

/**
 * Nouns of a measure taken on an institution, a law or a thing ("the nationalization of the Federal Reserve", "the
 * repeal of the act"): what follows their "of" is what the measure is about, not a participant, so a verb that governs
 * them ("called for", "backed") takes no target from there. The "of" phrase of a noun of an act on a person ("the
 * resignation of Lam", "the release of Mandela") is left alone. The nouns are data (policy-nouns.tsv).
 */
final class PolicyNouns {
    private static final String FILE = "/org/annals/coding/policy-nouns.tsv";
    private static final Set<String> MEASURES = Tsv.words(FILE);

    private PolicyNouns() {}

    /**
     * Whether the noun's "of" phrase names only what a measure is about. The part of speech is not asked: the tagger
     * often takes "overturn" after "the" for a verb, and the word stands where a target noun would.
     */
    static boolean ofPhraseIsNoParticipant(Token token) {
        return MEASURES.contains(Tree.lower(token.lemma()));
    }
}
