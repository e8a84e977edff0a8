package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A report of somebody else attached to a reported clause by "with" or "despite": in "said the road would reopen, with
 * residents insisting it was unsafe" and "says it found no trace of explosives despite a news site claiming ..." the
 * other party's claim is the reporter's addition, not what the first speaker said. The parser hangs the clause inside
 * the first report; the first report ends before it.
 */
final class AccompanyingReports {
    // The words that attach another party's report to a report: "with residents insisting", "despite the paper
    // claiming".
    private static final Set<String> ADDING = Set.of("with", "despite");

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
            Token opening = participle.or(() -> addedParty(tokens, token)).orElse(token);
            int last = MisparsedClauses.leftEdge(tokens, opening) - 1;
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
        return isMarked(tokens, cue) || addedParty(tokens, cue).isPresent();
    }

    /**
     * "despite Znak.com claiming ...", parsed as a participle modifying the noun after "despite": the noun is the
     * participle's subject all the same.
     */
    private static Optional<Token> addedParty(List<Token> tokens, Token cue) {
        if (!cue.pos().equals("VBG") || !cue.deprel().equals("acl") || cue.head() < 0) {
            return Optional.empty();
        }
        Token party = tokens.get(cue.head());
        boolean added = party.isNoun() && Heads.hasCase(tokens, party, ADDING);
        return added ? Optional.of(party) : Optional.empty();
    }

    private static boolean isMarked(List<Token> tokens, Token cue) {
        boolean with = false;
        boolean subject = false;
        for (Token token : tokens.subList(Speakers.Sentencewise.of(tokens, cue).first(), cue.index())) {
            if (token.head() == cue.index()) {
                with |= token.deprel().equals("mark")
                        && ADDING.contains(token.word().toLowerCase(Locale.ROOT));
                subject |= token.deprel().startsWith("nsubj");
            }
        }
        return with && subject;
    }
}
