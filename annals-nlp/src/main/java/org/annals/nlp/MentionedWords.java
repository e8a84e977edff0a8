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
            "label",
            "description");
    private static final Set<String> NAMING_VERBS =
            Set.of("name", "dub", "term", "nickname", "rename", "christen", "title", "entitle");

    // "a man identified only as "P Wilson"", "known as": the name someone goes by, which nobody says.
    private static final Set<String> IDENTIFYING = Set.of("identify", "know", "refer", "list", "register");
    // "detained for "spreading rumours"": the name of what someone is held to account for, no words of theirs.
    private static final Set<String> HELD_TO_ACCOUNT = Set.of(
            "detain", "arrest", "convict", "jail", "imprison", "sentence", "prosecute", "indict", "fine", "punish");
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("for", "with", "of");

    private MentionedWords() {}

    /** True when the quoted tokens are a word, name or title the sentence talks about. */
    static boolean areMentioned(List<Token> tokens, Span span, List<Token> inside) {
        if (isGlossInParentheses(tokens, inside)
                || ModifyingMarks.modifyNounAfter(tokens, inside)
                || QuotedNicknames.isInsideName(tokens, inside)) {
            return true;
        }
        Optional<Token> before = wordBefore(tokens, inside.get(0));
        if (before.isPresent() && (namesWords(before.get()) || isNamingParticiple(before.get()))) {
            return true;
        }
        if (before.isPresent() && isNameOrCharge(tokens, before.get(), attachment(tokens, span, inside))) {
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
            if (!next.isQuotationMark()) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    /**
     * "identified only as "P Wilson"", "arrested for "insulting the flag"", "was charged with "reckless driving"": a
     * name someone goes by or the name of a charge; an accuser's words ("accused her of "lying"") and a name given by
     * someone the sentence names ("officials referred to him as "X"") are not one.
     */
    private static boolean isNameOrCharge(List<Token> tokens, Token preposition, Optional<Token> attachment) {
        if (attachment.isEmpty()) {
            return false;
        }
        Token head = attachment.get();
        String word = preposition.word().toLowerCase(Locale.ROOT);
        // "officials referred to him as "X"": with someone who names, the name is that one's word.
        boolean identified = word.equals("as") && IDENTIFYING.contains(lemma(head)) && !hasActiveSubject(tokens, head);
        boolean charged = CHARGE_PREPOSITIONS.contains(word)
                && (HELD_TO_ACCOUNT.contains(lemma(head))
                        || lemma(head).equals("charge") && head.pos().equals("VBN"));
        return identified || charged;
    }

    /**
     * A subject that can name someone: a name, a pronoun or a plural ("officials", "Ross", "they"). A singular common
     * noun is most often the parser taking a reduced relative for a clause ("the arrest of a man identified as ...").
     */
    private static boolean hasActiveSubject(List<Token> tokens, Token verb) {
        return tokens.stream()
                .filter(t -> t.head() == verb.index() && t.deprel().equals("nsubj"))
                .anyMatch(t ->
                        t.isProperNoun() || t.pos().startsWith("PRP") || t.pos().equals("NNS"));
    }

    /** "the word", "the WHO's temporary designation", "the question,". */
    static boolean namesWords(Token token) {
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
