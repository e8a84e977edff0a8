package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * Quoted words that name the remark, slogan or policy after them inside a noun phrase: "the alleged "losers" and
 * "suckers" comment", "Trump's "mini-strokes" tweet", "a "no limits" partnership". They name it by its words, which
 * the guidelines make a scare quote, even where a cue governs the sentence. Read from the word order (a determiner,
 * possessive or adjective before the marks, a noun in the marks, a noun of words or plans right after them), since
 * the parser often takes the quoted words for the head of their own phrase. A quoted adjective before any other noun
 * ("called it a "disgraceful" decision") is the speaker's word and stays theirs.
 */
final class ModifyingMarks {
    private static final Set<String> OPENERS = Set.of("DT", "POS", "PRP$", "JJ", "VBN", "CD");
    // Nouns for things made of words or for a course named by its words.
    private static final Set<String> NAMED_BY_WORDS = WordLists.read("/org/annals/nlp/named-by-words.txt");

    private ModifyingMarks() {}

    /** True when the quotation {@code inside} (its tokens, marks excluded) sits between an opener and a noun. */
    static boolean modifyNounAfter(List<Token> tokens, List<Token> inside) {
        Token first = inside.get(0);
        Token last = inside.get(inside.size() - 1);
        Optional<Token> before = outside(tokens, first, -1);
        Optional<Token> after = outside(tokens, last, 1);
        return before.filter(t -> OPENERS.contains(t.pos())).isPresent()
                && last.isNoun()
                && after.filter(ModifyingMarks::isNamedByWords).isPresent();
    }

    private static boolean isNamedByWords(Token token) {
        return token.isNoun()
                && !token.isProperNoun()
                && NAMED_BY_WORDS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The word next to the quotation in {@code direction}, past its mark and past other quotations joined to it by
     * "and" or "or" ("the "A" and "B" comment"); empty at a sentence edge or when no mark is next to it.
     */
    private static Optional<Token> outside(List<Token> tokens, Token edge, int direction) {
        int at = edge.index() + direction;
        if (!isMark(tokens, at, edge.sentence())) {
            return Optional.empty();
        }
        at += direction;
        while (isCoordinator(tokens, at, edge.sentence()) && isMark(tokens, at + direction, edge.sentence())) {
            at = pastQuotation(tokens, at + 2 * direction, direction, edge.sentence());
            if (at < 0) {
                return Optional.empty();
            }
        }
        return inSentence(tokens, at, edge.sentence()) ? Optional.of(tokens.get(at)) : Optional.empty();
    }

    /** The index after the closing mark of the quotation that starts at {@code at}, or -1 when it does not close. */
    private static int pastQuotation(List<Token> tokens, int at, int direction, int sentence) {
        for (int i = at; inSentence(tokens, i, sentence); i += direction) {
            if (isMark(tokens, i, sentence)) {
                return i + direction;
            }
        }
        return -1;
    }

    private static boolean isCoordinator(List<Token> tokens, int at, int sentence) {
        return inSentence(tokens, at, sentence) && tokens.get(at).pos().equals("CC");
    }

    private static boolean isMark(List<Token> tokens, int at, int sentence) {
        if (!inSentence(tokens, at, sentence)) {
            return false;
        }
        return tokens.get(at).isQuotationMark();
    }

    private static boolean inSentence(List<Token> tokens, int at, int sentence) {
        return at >= 0 && at < tokens.size() && tokens.get(at).sentence() == sentence;
    }
}
