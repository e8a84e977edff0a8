package org.annals.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * One reporting act whose content holds a quoted fragment is one partial quote, the fragment, even where the parse
 * splits the reported content ("informed police she had X, but "that ..."", the two parts joined by punctuation or a
 * conjunction only) or cuts it at the marks: "asked for any "external party" not to involve themselves", "claimed the
 * pandemic shows the US is a "failed state"", "described as a "squirrel whisperer", for the close affinity ...". The
 * rest of the content, before or after the fragment, is no second quote. Another cue between the two starts another
 * report, and words between them that neither the cue nor the fragment governs belong to another clause ("When Trump
 * tweeted that ..., Twitter placed a disclaimer "fact checking" the tweet"). The fragment may govern them where the
 * parse makes it the head of the sentence ("is a "failed state"").
 */
final class FragmentedReports {
    private FragmentedReports() {}

    /**
     * Whether {@code clause}, reported by {@code cue} and {@code speaker}, is the rest of {@code partial}'s report:
     * the same act (the same cue and speaker), right before the fragment with only punctuation, a conjunction or
     * marks between, or beside it in its sentence as the words above say.
     */
    static boolean isRestOf(
            Document document,
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
        return joinedBefore(document.tokens(), partial.span(), clause)
                || toldBeside(document, partial.span(), clause, cue, isCue);
    }

    private static boolean joinedBefore(List<Token> tokens, Span partial, Span clause) {
        return partial.start() >= clause.end()
                && inside(tokens, new Span(clause.end(), partial.start()))
                        .allMatch(t -> t.deprel().equals("punct") || t.pos().equals("CC") || QuoteStage.isQuoteMark(t));
    }

    private static boolean toldBeside(Document document, Span partial, Span clause, Token cue, Predicate<Token> isCue) {
        Span gap;
        if (partial.start() >= clause.end()) {
            gap = new Span(clause.end(), partial.start());
        } else if (partial.end() <= clause.start()) {
            gap = new Span(partial.end(), clause.start());
        } else {
            return false;
        }
        List<Token> tokens = document.tokens();
        return sameSentence(document, partial, clause)
                && inside(tokens, gap).noneMatch(isCue)
                && governedBy(tokens, gap, cue, partial);
    }

    private static Stream<Token> inside(List<Token> tokens, Span gap) {
        return tokens.stream()
                .filter(t -> t.span().start() >= gap.start() && t.span().end() <= gap.end());
    }

    private static boolean governedBy(List<Token> tokens, Span gap, Token cue, Span partial) {
        return inside(tokens, gap)
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

    private static boolean sameSentence(Document document, Span partial, Span clause) {
        Optional<Sentence> sentence = document.sentenceAt(partial.start());
        return sentence.isPresent() && sentence.equals(document.sentenceAt(clause.start()));
    }
}
