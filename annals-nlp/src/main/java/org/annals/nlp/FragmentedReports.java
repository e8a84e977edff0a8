package org.annals.nlp;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * One reporting act whose content holds a quoted fragment is one partial quote, the fragment, even where the parse
 * cuts the reported content at the marks: "asked for any "external party" not to involve themselves", "claimed the
 * pandemic shows the US is a "failed state"", "described as a "squirrel whisperer", for the close affinity ...". The
 * rest of the content, before or after the fragment, is no second quote. Another cue between the two starts another
 * report, and words between them that neither the cue nor the fragment governs belong to another clause ("When Trump
 * tweeted that ..., Twitter placed a disclaimer "fact checking" the tweet"). The fragment may govern them where the
 * parse makes it the head of the sentence ("is a "failed state"").
 */
final class FragmentedReports {
    private FragmentedReports() {}

    /** Whether {@code clause}, reported by {@code cue} and {@code speaker}, is the rest of {@code partial}'s report. */
    static boolean isRestOf(
            List<Token> tokens,
            Quote partial,
            Span clause,
            Span speaker,
            Token cue,
            String cueName,
            Predicate<Token> isCue) {
        if (partial.kind() != QuoteKind.PARTIAL
                || !partial.cue().equals(cueName)
                || !Objects.equals(speaker, partial.speakerSpan())) {
            return false;
        }
        Span partialSpan = partial.span();
        Span gap;
        if (partialSpan.start() >= clause.end()) {
            gap = new Span(clause.end(), partialSpan.start());
        } else if (partialSpan.end() <= clause.start()) {
            gap = new Span(partialSpan.end(), clause.start());
        } else {
            return false;
        }
        return sameSentence(tokens, partialSpan, clause)
                && noCueIn(tokens, gap, isCue)
                && governedBy(tokens, gap, cue, partialSpan);
    }

    private static boolean governedBy(List<Token> tokens, Span gap, Token cue, Span partial) {
        return tokens.stream()
                .filter(t -> t.span().start() >= gap.start() && t.span().end() <= gap.end())
                .filter(t -> !t.deprel().equals("punct"))
                .allMatch(t -> descends(tokens, t, cue, partial));
    }

    private static boolean descends(List<Token> tokens, Token token, Token cue, Span partial) {
        Token current = token;
        for (int steps = 0; steps < tokens.size() && current.head() >= 0; steps++) {
            current = tokens.get(current.head());
            if (current.index() == cue.index() || partial.contains(current.span())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(List<Token> tokens, Span partial, Span clause) {
        return sentenceAt(tokens, partial.start()) == sentenceAt(tokens, clause.start())
                && sentenceAt(tokens, partial.start()) >= 0;
    }

    private static int sentenceAt(List<Token> tokens, int offset) {
        return tokens.stream()
                .filter(t -> t.span().end() > offset)
                .findFirst()
                .map(Token::sentence)
                .orElse(-1);
    }

    private static boolean noCueIn(List<Token> tokens, Span gap, Predicate<Token> isCue) {
        return tokens.stream()
                .filter(t -> t.span().start() >= gap.start() && t.span().end() <= gap.end())
                .noneMatch(isCue);
    }
}
