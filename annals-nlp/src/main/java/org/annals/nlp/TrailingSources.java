package org.annals.nlp;

import java.util.List;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Guests left when the lights failed, according to the hotel": a source set off at the end of its sentence vouches
 * for the whole sentence before it, though the parser hangs it on the nearest verb, inside an adverbial clause.
 */
final class TrailingSources {
    private TrailingSources() {}

    /** The verb the source vouches for: {@code head}, or the clause an adverbial {@code head} hangs on. */
    static Token vouchedVerb(List<Token> tokens, Token head, Span phrase) {
        if (!endsItsSentence(tokens, phrase) || !setOffByComma(tokens, phrase)) {
            return head;
        }
        Token current = head;
        while (current.deprel().equals("advcl")
                && current.head() >= 0
                && current.head() < current.index()
                && current.span().end() <= phrase.start()) {
            current = tokens.get(current.head());
        }
        return current;
    }

    private static boolean endsItsSentence(List<Token> tokens, Span phrase) {
        return tokens.stream()
                .filter(t -> t.span().start() >= phrase.end())
                .takeWhile(t -> t.sentence() == sentenceOf(tokens, phrase))
                .allMatch(t -> t.deprel().equals("punct"));
    }

    private static boolean setOffByComma(List<Token> tokens, Span phrase) {
        return tokens.stream()
                .filter(t -> t.span().end() <= phrase.start())
                .reduce((first, second) -> second)
                .map(t -> t.word().equals(","))
                .orElse(false);
    }

    private static int sentenceOf(List<Token> tokens, Span phrase) {
        return tokens.stream()
                .filter(t -> phrase.contains(t.span()))
                .findFirst()
                .map(Token::sentence)
                .orElse(-1);
    }
}
