package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Span;
import org.annals.core.Token;

/** What a quantity measures: the noun phrase it counts, or the object of the verb its "by"/"of" phrase attaches to. */
final class MeasurePhrases {
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "compound:prt");

    private MeasurePhrases() {}

    /** The noun with the compound and adjective modifiers directly to its left ("world leaders", "gas supplies"). */
    static String nounPhrase(Document document, Token noun) {
        List<Token> tokens = document.tokens();
        int start = noun.index();
        while (start > 0
                && tokens.get(start - 1).sentence() == noun.sentence()
                && (tokens.get(start - 1).isNoun()
                        || tokens.get(start - 1).pos().startsWith("JJ"))
                // "dozen" and "million" are often tagged as nouns; they are the count, not what is counted.
                && NumberWords.value(tokens.get(start - 1).word()).isEmpty()
                && (tokens.get(start - 1).head() < 0
                        || MODIFIERS.contains(tokens.get(start - 1).deprel()))) {
            start--;
        }
        return document.textOf(
                new Span(tokens.get(start).span().start(), noun.span().end()));
    }

    /**
     * For "increase gas supplies by about 15%", the object of the verb the "by"-phrase attaches to; for "15% of the
     * vote", the noun after "of". Empty when the parse shows neither.
     */
    static String measureOf(Document document, Token unitToken, int quantityStart) {
        List<Token> tokens = document.tokens();
        int after = unitToken.index() + 1;
        if (after < tokens.size()
                && tokens.get(after).word().toLowerCase(Locale.ROOT).equals("of")) {
            for (int at = after + 1; at < tokens.size() && tokens.get(at).sentence() == unitToken.sentence(); at++) {
                if (tokens.get(at).isNoun()
                        && (at + 1 >= tokens.size() || !tokens.get(at + 1).isNoun())) {
                    return nounPhrase(document, tokens.get(at));
                }
            }
        }
        boolean byPhrase =
                quantityStart > 0 && tokens.get(quantityStart - 1).word().equalsIgnoreCase("by");
        if (!byPhrase || unitToken.head() < 0) {
            return "";
        }
        Token governor = tokens.get(unitToken.head());
        for (int step = 0; step < 3 && !governor.isVerb() && governor.head() >= 0; step++) {
            governor = tokens.get(governor.head());
        }
        for (Token token : tokens) {
            if (token.head() == governor.index() && token.deprel().startsWith("obj") && token.isNoun()) {
                return nounPhrase(document, token);
            }
        }
        return "";
    }
}
