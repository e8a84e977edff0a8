package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import org.annals.core.Token;

/**
 * A nickname printed in quotation marks inside a person's name: Col. John "J.D." Dorrian, Pasquale "Pat" Di Cicco.
 * The marks set off the name the person goes by, which nobody is quoted as saying: a scare quote in the guidelines'
 * terms (docs/quote-annotation.md, "a term, a name"). Read from the words: a short capitalised run between the marks,
 * right after a person's given name and right before a capitalised word, with no word of the sentence between.
 */
final class QuotedNicknames {
    private static final int LONGEST = 3;
    private static final String PERSON = "PERSON";

    private QuotedNicknames() {}

    /** True when the quoted tokens {@code inside} are a nickname set inside a name. */
    static boolean isInsideName(List<Token> tokens, List<Token> inside) {
        if (inside.isEmpty() || inside.size() > LONGEST || !capitalised(inside.get(0))) {
            return false;
        }
        Optional<Token> before = pastMark(tokens, inside.get(0), -1);
        Optional<Token> after = pastMark(tokens, inside.get(inside.size() - 1), 1);
        return before.filter(t -> t.isProperNoun() && t.ner().equals(PERSON)).isPresent()
                && after.filter(t -> t.isProperNoun() && capitalised(t)).isPresent();
    }

    /** The token just past the one quotation mark next to {@code token} in {@code direction}, in its sentence. */
    private static Optional<Token> pastMark(List<Token> tokens, Token token, int direction) {
        int mark = token.index() + direction;
        int next = mark + direction;
        if (next < 0 || next >= tokens.size() || !tokens.get(mark).isQuotationMark()) {
            return Optional.empty();
        }
        Token word = tokens.get(next);
        return word.sentence() == token.sentence() ? Optional.of(word) : Optional.empty();
    }

    private static boolean capitalised(Token token) {
        return !token.word().isEmpty() && Character.isUpperCase(token.word().codePointAt(0));
    }
}
