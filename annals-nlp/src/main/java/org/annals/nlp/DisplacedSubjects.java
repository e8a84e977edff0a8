package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * A finite verb whose subject the parser hung on the phrase before it: in "..., died of the virus, the government
 * announced" or "a lawsuit by the union, Judge Ana Ruiz ruled the ban ..." the noun phrase between the comma and the
 * verb is taken for an apposition of the noun before the comma, and the verb is left without a subject. The noun
 * phrase right before such a verb, opened by a comma and holding no preposition, is its subject.
 */
final class DisplacedSubjects {
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    // "as the minister said" subordinates the verb; a subject of its own leaves nothing to displace.
    private static final Set<String> SUBJECT_OR_SUBORDINATOR =
            Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "mark");

    private DisplacedSubjects() {}

    /** The displaced subject of {@code verb}, or empty when the verb has one of its own or none fits. */
    static Optional<Token> of(List<Token> tokens, Token verb) {
        if (!FINITE_TAGS.contains(verb.pos())
                || verb.index() < 2
                || Heads.hasDependent(tokens, verb, SUBJECT_OR_SUBORDINATOR)) {
            return Optional.empty();
        }
        Token noun = tokens.get(verb.index() - 1);
        // Not an argument of the verb itself; a root verb still dominates the phrase through its adverbial.
        if (!SUBJECT_TAGS.contains(noun.pos()) || noun.head() < 0 || noun.head() == verb.index()) {
            return Optional.empty();
        }
        int first = verb.index() - 1;
        while (first > 0 && isInPhrase(tokens, tokens.get(first - 1), noun)) {
            first--;
        }
        boolean openedByComma = first > 0
                && tokens.get(first - 1).word().equals(",")
                && tokens.get(first - 1).sentence() == verb.sentence();
        return openedByComma ? Optional.of(noun) : Optional.empty();
    }

    /** A determiner, modifier or name part of the phrase headed by {@code noun}; a preposition ends it. */
    private static boolean isInPhrase(List<Token> tokens, Token token, Token noun) {
        return token.sentence() == noun.sentence()
                && !token.deprel().equals("case")
                && !token.deprel().equals("punct")
                && Heads.dominates(tokens, noun, token);
    }
}
