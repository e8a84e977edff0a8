package org.annals.nlp;

import java.util.List;
import java.util.stream.IntStream;
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
        Speakers.Sentencewise sentence = Speakers.Sentencewise.of(tokens, head);
        if (!endsItsSentence(tokens, sentence, phrase) || !setOffByComma(tokens, sentence, phrase)) {
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

    // The phrase hangs on a word of its own sentence, so only that sentence is read.
    private static boolean endsItsSentence(List<Token> tokens, Speakers.Sentencewise sentence, Span phrase) {
        return IntStream.range(sentence.first(), sentence.end())
                .mapToObj(tokens::get)
                .filter(t -> t.span().start() >= phrase.end())
                .allMatch(t -> t.deprel().equals("punct"));
    }

    private static boolean setOffByComma(List<Token> tokens, Speakers.Sentencewise sentence, Span phrase) {
        int opening = IntStream.range(sentence.first(), sentence.end())
                .filter(at -> tokens.get(at).span().end() > phrase.start())
                .findFirst()
                .orElse(sentence.end());
        return opening > 0 && tokens.get(opening - 1).word().equals(",");
    }
}
