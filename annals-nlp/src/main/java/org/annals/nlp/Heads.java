package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/** Walks up the dependency heads of a document's tokens (a token's {@code head} indexes the same list). */
final class Heads {
    private Heads() {}

    /** {@code head} is {@code token} itself or one of the heads above it. */
    static boolean dominates(List<Token> tokens, Token head, Token token) {
        return token.index() == head.index() || isAbove(tokens, head, token);
    }

    /** Whether a token of {@code head}'s sentence depends on it by one of the relations. */
    static boolean hasDependent(List<Token> tokens, Token head, Set<String> relations) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        return tokens.subList(range.first(), range.end()).stream()
                .anyMatch(t -> t.head() == head.index() && relations.contains(t.deprel()));
    }

    /** Whether a token of {@code head}'s sentence is its subject (any "nsubj" relation, passive ones too). */
    static boolean hasSubject(List<Token> tokens, Token head) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        return tokens.subList(range.first(), range.end()).stream()
                .anyMatch(t -> t.head() == head.index() && t.deprel().startsWith("nsubj"));
    }

    /** Whether the noun's preposition (a "case" dependent before it in its sentence) is one of the words. */
    static boolean hasCase(List<Token> tokens, Token noun, Set<String> words) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, noun);
        return tokens.subList(range.first(), noun.index()).stream()
                .anyMatch(t -> t.head() == noun.index()
                        && t.deprel().equals("case")
                        && words.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /** {@code head} is one of the heads above {@code token}, not the token itself. */
    static boolean isAbove(List<Token> tokens, Token head, Token token) {
        Token current = token;
        for (int step = 0; step < tokens.size() && current.head() >= 0; step++) {
            if (current.head() == head.index()) {
                return true;
            }
            current = tokens.get(current.head());
        }
        return false;
    }
}
