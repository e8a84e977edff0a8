package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A cue set inside the clause it reports: "Many of the rivers, the survey found, are too warm". The parser makes the
 * cue the root, gives it two subjects (the clause's and the speaker) and hangs the clause's predicate on it; the
 * report is the whole sentence from the clause's subject to the end of that predicate, the cue included, as the
 * guidelines span "which, the statement said, ...".
 */
final class ParentheticalReports {
    private static final Set<String> PREDICATES = Set.of("dep", "parataxis", "ccomp", "conj");
    private static final Set<String> COPULA = Set.of("cop");
    private static final Set<String> CLAUSE_REST = Set.of("obl", "obl:tmod", "advcl", "xcomp");

    private ParentheticalReports() {}

    static Optional<Span> of(List<Token> tokens, Token cue) {
        return twoSubjects(tokens, cue)
                .or(() -> setOff(tokens, cue))
                .or(() -> FrontedAsides.of(tokens, cue))
                .or(() -> InvertedAsides.of(tokens, cue));
    }

    /**
     * "his death, they reported, was described as ...", "they had, his father says, paid ...": the cue and its
     * subject set off by commas, parsed as an aside of the clause it reports, which goes on after the second comma.
     */
    private static Optional<Span> setOff(List<Token> tokens, Token cue) {
        // "X was unsafe, inspectors have said, and Y": the parser may also hang the aside as a complement or loosely.
        boolean aside = cue.deprel().equals("parataxis")
                || (cue.deprel().equals("ccomp") || cue.deprel().equals("dep")) && cue.head() < cue.index();
        if (!aside || cue.head() < 0) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        Token clause = tokens.get(cue.head());
        Optional<Token> speaker = tokens.subList(range.first(), cue.index()).stream()
                .filter(t -> t.head() == cue.index() && t.deprel().equals("nsubj"))
                .findFirst();
        boolean commaAfter = cue.index() + 1 < range.end()
                && tokens.get(cue.index() + 1).word().equals(",");
        if (speaker.isEmpty()
                || !isPredicate(tokens, clause)
                || !commaAfter
                || !afterComma(tokens, DirectiveClauses.leftEdge(tokens, speaker.get(), range))) {
            return Optional.empty();
        }
        boolean goesOn = clause.index() > cue.index()
                || tokens.subList(cue.index() + 2, range.end()).stream()
                        .anyMatch(t -> t.head() == cue.index() && t.isVerb() && PREDICATES.contains(t.deprel())
                                || t.head() == clause.index() && t.deprel().equals("conj")
                                || isClauseRest(cue, t));
        if (!goesOn) {
            return Optional.empty();
        }
        int first = DirectiveClauses.leftEdge(tokens, clause, range);
        int last = Math.max(rightEdge(tokens, clause, range), rightEdge(tokens, cue, range));
        return first < DirectiveClauses.leftEdge(tokens, speaker.get(), range)
                ? Optional.of(new Span(
                        tokens.get(first).span().start(),
                        tokens.get(last).span().end()))
                : Optional.empty();
    }

    /**
     * "The guardrail would be examined, Roberts said, to determine ...", "The sequence began, the patrol described, in
     * the northbound lanes": after the aside's second comma the parser may hang the rest of the clause on the cue as
     * a phrase of place, time or purpose; set off on both sides, the aside leaves those words to the clause it
     * interrupts. A participle there ("..., police said, adding ...") is the speaker's own act, not the clause.
     */
    private static boolean isClauseRest(Token cue, Token token) {
        return token.head() == cue.index()
                && token.index() > cue.index() + 1
                && CLAUSE_REST.contains(token.deprel())
                && !token.pos().equals("VBG");
    }

    /** A verb, or an adjective or noun with its copula ("was not airworthy"). */
    private static boolean isPredicate(List<Token> tokens, Token head) {
        return head.isVerb() || Heads.hasDependent(tokens, head, COPULA);
    }

    private static Optional<Span> twoSubjects(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        // The clause's subject comes as a second subject of the cue, or as a loose dependent of it.
        List<Token> subjects = tokens.subList(range.first(), cue.index()).stream()
                .filter(t -> t.head() == cue.index() && !t.isVerb())
                .filter(t -> t.deprel().startsWith("nsubj") || t.deprel().equals("dep"))
                .toList();
        if (subjects.size() < 2 || !subjects.get(subjects.size() - 1).deprel().startsWith("nsubj")) {
            return Optional.empty();
        }
        Token clauseSubject = subjects.get(0);
        Token speaker = subjects.get(subjects.size() - 1);
        int speakerStart = DirectiveClauses.leftEdge(tokens, speaker, range);
        if (speakerStart == 0 || !tokens.get(speakerStart - 1).word().equals(",")) {
            return Optional.empty();
        }
        Optional<Token> predicate = tokens.subList(cue.index() + 1, range.end()).stream()
                .filter(t -> t.head() == cue.index() && PREDICATES.contains(t.deprel()) && t.isVerb())
                .filter(t -> afterComma(tokens, DirectiveClauses.leftEdge(tokens, t, range)))
                .findFirst();
        return predicate.map(p -> new Span(
                tokens.get(DirectiveClauses.leftEdge(tokens, clauseSubject, range))
                        .span()
                        .start(),
                tokens.get(rightEdge(tokens, p, range)).span().end()));
    }

    private static boolean afterComma(List<Token> tokens, int first) {
        return first > 0 && tokens.get(first - 1).word().equals(",");
    }

    /** The last word of the head's phrase within the sentence, punctuation aside; the head itself when none. */
    static int rightEdge(List<Token> tokens, Token head, Speakers.Sentencewise range) {
        for (int at = range.end() - 1; at >= head.index(); at--) {
            if (Heads.dominates(tokens, head, tokens.get(at))
                    && !tokens.get(at).deprel().equals("punct")) {
                return at;
            }
        }
        return head.index();
    }
}
