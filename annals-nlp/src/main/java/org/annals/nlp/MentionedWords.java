package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Quotation marks around words mentioned as words, names or titles, which nobody is quoted as saying: "the word
 * "pandemic"", "the question, "Is this person a citizen?"", "He named it "Operation Peace Spring"", "a program
 * called "Learning Together"". The guidelines make these scare quotes.
 */
final class MentionedWords {
    private static final Set<String> WORD_NOUNS = Set.of(
            "word",
            "term",
            "phrase",
            "name",
            "designation",
            "slogan",
            "hashtag",
            "question",
            "motto",
            "nickname",
            "title",
            "expression",
            "headline",
            "label");
    private static final Set<String> NAMING_VERBS =
            Set.of("name", "dub", "term", "nickname", "rename", "christen", "title", "entitle");

    private MentionedWords() {}

    /** True when the quoted tokens are a word, name or title the sentence talks about. */
    static boolean areMentioned(List<Token> tokens, Span span, List<Token> inside) {
        if (isGlossInParentheses(tokens, inside)) {
            return true;
        }
        Optional<Token> before = wordBefore(tokens, inside.get(0));
        if (before.isPresent() && (namesWords(before.get()) || isNamingParticiple(before.get()))) {
            return true;
        }
        return attachment(tokens, span, inside)
                .map(h -> h.isVerb() && NAMING_VERBS.contains(lemma(h)))
                .orElse(false);
    }

    /**
     * "an anti-Brexit ("British exit") march": quoted words alone in parentheses spell out or translate the term
     * before them; nobody says them.
     */
    private static boolean isGlossInParentheses(List<Token> tokens, List<Token> inside) {
        return neighbour(tokens, inside.get(0), -1)
                        .filter(t -> t.pos().equals("-LRB-"))
                        .isPresent()
                && neighbour(tokens, inside.get(inside.size() - 1), 1)
                        .filter(t -> t.pos().equals("-RRB-"))
                        .isPresent();
    }

    /** The nearest token in {@code direction} from {@code token} that is no quotation mark, in the same sentence. */
    private static Optional<Token> neighbour(List<Token> tokens, Token token, int direction) {
        for (int at = token.index() + direction; at >= 0 && at < tokens.size(); at += direction) {
            Token next = tokens.get(at);
            if (next.sentence() != token.sentence()) {
                return Optional.empty();
            }
            if (!isQuotationMark(next)) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    private static boolean isQuotationMark(Token token) {
        return token.pos().equals("``") || token.pos().equals("''");
    }

    /** "the word", "the WHO's temporary designation", "the question,". */
    private static boolean namesWords(Token token) {
        return token.isNoun() && !token.isProperNoun() && WORD_NOUNS.contains(lemma(token));
    }

    /** "was commonly called", "a program called", "a plan dubbed": naming without anybody who names. */
    private static boolean isNamingParticiple(Token token) {
        return token.pos().equals("VBN") && (lemma(token).equals("call") || NAMING_VERBS.contains(lemma(token)));
    }

    /** The word before the opening mark, past one comma. */
    private static Optional<Token> wordBefore(List<Token> tokens, Token first) {
        int at = first.index() - 1;
        while (at >= 0 && !isWord(tokens.get(at)) && !tokens.get(at).word().equals(",")) {
            at--;
        }
        if (at >= 0 && tokens.get(at).word().equals(",")) {
            at--;
        }
        return at >= 0 && tokens.get(at).sentence() == first.sentence()
                ? Optional.of(tokens.get(at))
                : Optional.empty();
    }

    /** The token outside the quotation that the quoted words hang on. */
    private static Optional<Token> attachment(List<Token> tokens, Span span, List<Token> inside) {
        for (Token token : inside) {
            if (token.head() >= 0 && !span.contains(tokens.get(token.head()).span())) {
                return Optional.of(tokens.get(token.head()));
            }
        }
        return Optional.empty();
    }

    private static String lemma(Token token) {
        return token.lemma().toLowerCase(Locale.ROOT);
    }

    private static boolean isWord(Token token) {
        return token.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
