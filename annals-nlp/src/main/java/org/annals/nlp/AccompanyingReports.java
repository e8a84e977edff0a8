package org.annals.nlp;

import java.util.List;
import java.util.Optional;
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
            if (!clause.contains(token.span()) || !isCue.test(token)) {
                continue;
            }
            Optional<Token> participle = setOffParticiple(tokens, token, clause);
            if (!isAccompanying(tokens, token) && (participle.isEmpty() || !hasSubject(tokens, token))) {
                continue;
            }
            int last = MisparsedClauses.leftEdge(tokens, participle.orElse(token)) - 1;
            while (last > 0 && tokens.get(last).deprel().equals("punct")) {
                last--;
            }
            if (last >= 0 && tokens.get(last).span().end() > clause.start()) {
                return new Span(clause.start(), tokens.get(last).span().end());
            }
        }
        return clause;
    }

    /**
     * "it rises, creating what the scientists describe as a river": a participle set off after the report that holds
     * a report of others with a subject of their own is the reporter's addition too.
     */
    private static Optional<Token> setOffParticiple(List<Token> tokens, Token cue, Span clause) {
        Token current = cue;
        while (current.head() >= 0 && clause.contains(tokens.get(current.head()).span())) {
            current = tokens.get(current.head());
            boolean setOff = current.index() > 0
                    && tokens.get(current.index() - 1).word().equals(",");
            if (current.pos().equals("VBG") && setOff && current.index() < cue.index()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private static boolean hasSubject(List<Token> tokens, Token cue) {
        return tokens.subList(Speakers.Sentencewise.of(tokens, cue).first(), cue.index()).stream()
                .anyMatch(t -> t.head() == cue.index() && t.deprel().startsWith("nsubj"));
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
