package org.annals.nlp;

import java.util.List;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A report of somebody else attached to a reported clause by "with": in "said the road would reopen, with residents
 * insisting it was unsafe" the residents' claim is the reporter's addition, not what the first speaker said. The
 * parser hangs the "with" clause inside the first report; the first report ends before it.
 */
final class AccompanyingReports {
    private AccompanyingReports() {}

    /** {@code clause} without a "with" clause whose cue has a subject of its own, and what follows it. */
    static Span trim(List<Token> tokens, Span clause, Predicate<Token> isCue) {
        for (Token token : tokens) {
            if (!clause.contains(token.span()) || !isCue.test(token) || !isAccompanying(tokens, token)) {
                continue;
            }
            int last = MisparsedClauses.leftEdge(tokens, token) - 1;
            while (last > 0 && tokens.get(last).deprel().equals("punct")) {
                last--;
            }
            if (last >= 0 && tokens.get(last).span().end() > clause.start()) {
                return new Span(clause.start(), tokens.get(last).span().end());
            }
        }
        return clause;
    }

    private static boolean isAccompanying(List<Token> tokens, Token cue) {
        boolean with = false;
        boolean subject = false;
        for (Token token : tokens.subList(Speakers.Sentencewise.of(tokens, cue).first(), cue.index())) {
            if (token.head() == cue.index()) {
                with |= token.deprel().equals("mark") && token.word().equalsIgnoreCase("with");
                subject |= token.deprel().startsWith("nsubj");
            }
        }
        return with && subject;
    }
}
