package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Around 50 gallons of fuel, officials said, spilled and ignited": an attribution set off by commas inside the clause
 * it reports, read from the word order where the parse broke the clause around it (the reporter taken for an
 * apposition of the clause's subject, the cue for a conjunct or an adverbial clause). The aside is a short noun phrase
 * and a finite cue between two commas; the report is the clause around it, the aside included, from the sentence's
 * start or its last semicolon to its end or its next one, as {@link ParentheticalReports} spans the parsed aside.
 */
final class SetOffAttributions {
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    // "they reason": after a subject pronoun a cue word is a verb, whatever the tagger made of it.
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":");

    private SetOffAttributions() {}

    /** The cue of ", REPORTER cue," when {@code token} is one read as a verb; {@code isCueWord} judges the lemma. */
    static boolean isAsideCue(List<Token> tokens, Token token, Predicate<Token> isCue, Predicate<String> isCueWord) {
        boolean verb = FINITE_TAGS.contains(token.pos()) && isCue.test(token);
        boolean afterPronoun = token.index() > 0
                && token.isNoun()
                && SUBJECT_PRONOUNS.contains(
                        tokens.get(token.index() - 1).word().toLowerCase(Locale.ROOT))
                && isCueWord.test(token.word().toLowerCase(Locale.ROOT));
        return (verb || afterPronoun) && openingComma(tokens, token).isPresent();
    }

    /** The clause around ", REPORTER cue,", the aside included; empty when the words do not make one. */
    static Optional<Span> clause(List<Token> tokens, Token cue, Predicate<Token> isCue) {
        Optional<Integer> opening = openingComma(tokens, cue);
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int closing = cue.index() + 1;
        int first = clauseStart(tokens, opening.get(), range);
        int last = clauseEnd(tokens, closing, range);
        if (first >= opening.get() || last <= closing || !goesOn(tokens.get(closing + 1))) {
            return Optional.empty();
        }
        List<Token> before = tokens.subList(first, opening.get());
        List<Token> after = tokens.subList(closing + 1, last + 1);
        // "In a statement, the ministry said, ...": the clause needs a finite verb outside the aside.
        boolean finite =
                before.stream().anyMatch(Token::isFiniteVerb) || after.stream().anyMatch(Token::isFiniteVerb);
        // "X said prices rose, analysts agreed, ...": a clause with a report of its own is that report.
        boolean reportsAgain = before.stream().anyMatch(t -> t.isVerb() && isCue.test(t));
        boolean marked = before.stream().anyMatch(Token::isQuotationMark)
                || after.stream().anyMatch(Token::isQuotationMark);
        if (!finite || reportsAgain || marked) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    /** Who the aside names: the reporter phrase's head, the word before the cue. */
    static Optional<Mention> reporter(Document document, Token cue) {
        return ShortReporters.mentionOf(document, document.tokens().get(cue.index() - 1));
    }

    /** The comma before ", REPORTER cue,": a reporter of noun-phrase words ending in a noun or pronoun. */
    private static Optional<Integer> openingComma(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        boolean closed = cue.index() + 2 < range.end()
                && tokens.get(cue.index() + 1).word().equals(",");
        if (!closed || cue.index() < range.first() + 2) {
            return Optional.empty();
        }
        Token head = tokens.get(cue.index() - 1);
        if (!head.pos().matches("NNP?S?|PRP")) {
            return Optional.empty();
        }
        return ShortReporters.opener(
                tokens, cue.index(), range.first(), t -> t.word().equals(","));
    }

    /** The first word of the clause: after the last semicolon or colon before the aside, punctuation skipped. */
    private static int clauseStart(List<Token> tokens, int opening, Speakers.Sentencewise range) {
        int first = range.first();
        for (int at = range.first(); at < opening; at++) {
            if (CLAUSE_BREAKS.contains(tokens.get(at).word())) {
                first = at + 1;
            }
        }
        while (first < opening && tokens.get(first).deprel().equals("punct")) {
            first++;
        }
        return first;
    }

    /** The last word of the clause: before the next semicolon or colon after the aside, punctuation skipped. */
    private static int clauseEnd(List<Token> tokens, int closing, Speakers.Sentencewise range) {
        int last = range.end() - 1;
        for (int at = closing + 1; at < range.end(); at++) {
            if (CLAUSE_BREAKS.contains(tokens.get(at).word())) {
                last = at - 1;
                break;
            }
        }
        while (last > closing && tokens.get(last).deprel().equals("punct")) {
            last--;
        }
        return last;
    }

    /** "..., he said, and left", "..., she said, adding ...", "..., they said, who ...": no clause goes on. */
    private static boolean goesOn(Token next) {
        return !next.pos().equals("CC")
                && !next.pos().startsWith("W")
                && !next.pos().equals("VBG");
    }
}
