package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * ""...," tweeted former executive Ana Ruiz.": before a title the tagger may take a past tense for an adjective of
 * the title, so the cue is no verb. Right after the closing mark, a lower-case word in "-ed" whose stem is a cue
 * verb is the inverted attribution's verb all the same: an adjective does not follow a quotation and its comma.
 */
final class AdjectivalCues {
    private static final int MAX_MARKS_BETWEEN = 3;

    private AdjectivalCues() {}

    /** Whether {@code token} is such a verb for the quotation {@code span}; {@code isCueLemma} judges the stem. */
    static boolean trails(List<Token> tokens, Span span, Token token, Predicate<String> isCueLemma) {
        String word = token.word();
        if (!(token.pos().equals("JJ") || token.pos().equals("VBN"))
                || token.span().start() < span.end()
                || !word.endsWith("ed")
                || !word.equals(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Token> between = tokens.stream()
                .filter(t -> t.span().start() >= span.end() && t.index() < token.index())
                .toList();
        boolean onlyMarks = !between.isEmpty()
                && between.size() <= MAX_MARKS_BETWEEN
                && between.stream()
                        .allMatch(t ->
                                t.deprel().equals("punct") || !t.word().chars().anyMatch(Character::isLetterOrDigit));
        String stem = word.substring(0, word.length() - 2);
        return onlyMarks && (isCueLemma.test(stem) || isCueLemma.test(stem + "e"));
    }
}
