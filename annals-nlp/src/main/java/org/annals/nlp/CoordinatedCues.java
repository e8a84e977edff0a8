package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A second cue verb sharing the first one's subject: "Ruiz said the bridge was safe, but said the road was not".
 * Parsers often hang the second cue on the last verb of the first report instead of on the first cue. The first
 * report then ends before the coordination, and the second cue speaks for the first cue's subject. Two more shapes of
 * the same coordination: the first cue made the clausal subject of its report's predicate ("[the ministry indicated
 * no vehicles] csubj were involved and suggested the driver ..."), and a second cue whose clause the parse hung
 * elsewhere, read from the words ("told it this was unconfirmed and noted no ransom has been sought").
 */
final class CoordinatedCues {
    private static final int MAX_CLIMB = 4;
    private static final java.util.Set<String> CLAUSAL_CHILDREN =
            java.util.Set.of("ccomp", "xcomp", "dep", "parataxis");
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("obj");

    private CoordinatedCues() {}

    /** The cue whose report {@code cue} is coordinated into, when {@code cue} has no subject of its own. */
    static Optional<Token> outerCue(List<Token> tokens, Token cue, Predicate<Token> isCue) {
        if (!cue.deprel().equals("conj") || Heads.hasSubject(tokens, cue) || !reportsAClause(tokens, cue)) {
            return Optional.empty();
        }
        Token current = cue;
        for (int step = 0; step < MAX_CLIMB && current.head() >= 0; step++) {
            Token governor = tokens.get(current.head());
            if (current != cue && current.deprel().equals("ccomp") && isCue.test(governor)) {
                return Optional.of(governor);
            }
            Optional<Token> subjectCue = cueTakenForSubject(tokens, governor, isCue);
            if (subjectCue.isPresent()) {
                return subjectCue;
            }
            current = governor;
        }
        return Optional.empty();
    }

    /**
     * "[The ministry indicated no vehicles] csubj were involved": a cue before the predicate, with a subject and an
     * object of its own, that the parser made the predicate's clausal subject; the predicate is its report's.
     */
    private static Optional<Token> cueTakenForSubject(List<Token> tokens, Token predicate, Predicate<Token> isCue) {
        return tokens.stream()
                .filter(t -> t.head() == predicate.index()
                        && t.sentence() == predicate.sentence()
                        && t.index() < predicate.index()
                        && t.deprel().startsWith("csubj")
                        && isCue.test(t)
                        && Heads.hasSubject(tokens, t)
                        && Heads.hasDependent(tokens, t, OBJECTS))
                .findFirst();
    }

    private static boolean reportsAClause(List<Token> tokens, Token verb) {
        return hasClausalChild(tokens, verb)
                || UnattachedClauses.of(tokens, verb).isPresent();
    }

    /** {@code clause} without a coordinated cue of the same speaker and what follows it. */
    static Span trim(List<Token> tokens, Span clause, Predicate<Token> isCue) {
        for (Token token : tokens) {
            if (!clause.contains(token.span())
                    || token.span().start() == clause.start()
                    || !isCue.test(token)
                    || outerCue(tokens, token, isCue).isEmpty()) {
                continue;
            }
            int last = token.index() - 1;
            while (last > 0 && isCoordination(tokens.get(last), token)) {
                last--;
            }
            if (tokens.get(last).span().end() <= clause.start()) {
                return clause;
            }
            return new Span(clause.start(), tokens.get(last).span().end());
        }
        return clause;
    }

    private static boolean isCoordination(Token token, Token cue) {
        return token.deprel().equals("punct")
                || token.head() == cue.index() && token.deprel().equals("cc")
                || token.pos().equals("RB") && token.head() == cue.index();
    }

    /** "said this was unrelated", "stated they want to stay": a report; "attacked a group" is none. */
    private static boolean hasClausalChild(List<Token> tokens, Token verb) {
        return tokens.stream()
                .anyMatch(t -> t.head() == verb.index()
                        && t.sentence() == verb.sentence()
                        && CLAUSAL_CHILDREN.contains(t.deprel()));
    }
}
