package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A finite reported clause the parser broke into pieces. Three shapes recur in news prose:
 *
 * <ul>
 *   <li>the clause's subject taken for the cue's object and its predicate hung on the cue: "reported [the recorder]
 *       obj [was recovered] xcomp", "stated [this] obj [was not connected] dep";
 *   <li>the cue taken for the subject of the clause's predicate: "[officials reported the bridges] csubj were
 *       closed", "[she told the press a team] csubj had found ...";
 *   <li>the clause after an adverbial hung on the cue or on that adverbial: "announced on Sunday [they were
 *       treating it ...] parataxis", "reported in May, [62 outlets had closed] dep";
 *   <li>the clause labelled an open complement though it has a subject of its own: "said [many areas lost water]
 *       xcomp".
 * </ul>
 *
 * A predicate counts as finite when it is a finite verb or has a finite auxiliary or copula; non-finite pieces
 * ("told them to leave", "called the plan a mistake") stay what the parser says they are.
 */
final class MisparsedClauses {
    private static final Set<String> PREDICATE_PIECES = Set.of("xcomp", "dep", "parataxis");
    private static final Set<String> AFTER_ADVERBIAL = Set.of("dep", "parataxis");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "—", "–", "--");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("WDT", "WP");
    private static final Set<String> OTHER_SUBJECT_TAGS = Set.of("DT", "PRP", "CD");
    private static final Set<String> ADVERBIALS = Set.of("obl", "obl:tmod", "advmod", "obl:npmod");

    private MisparsedClauses() {}

    /** The clause {@code cue} reports, rebuilt from the pieces, or empty when none of the shapes fits. */
    static Optional<Span> of(List<Token> tokens, Token cue) {
        return subjectTakenForObject(tokens, cue)
                .or(() -> cueTakenForSubject(tokens, cue))
                .or(() -> clauseAfterAdverbial(tokens, cue))
                .or(() -> complementWithASubject(tokens, cue));
    }

    /**
     * "said [many areas] nsubj [lost] xcomp water": an open complement has no subject of its own, so a finite one
     * that has one is a whole clause the parser mislabelled, the report itself.
     */
    private static Optional<Span> complementWithASubject(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && token.deprel().equals("xcomp") && isFiniteClause(tokens, token)) {
                int first = leftEdge(tokens, token);
                if (relativeWordBetween(tokens, first, token.index())) {
                    // "claimed [victory] in the vote, which again was [marred]": the predicate is a relative clause's.
                    return Optional.empty();
                }
                boolean after = first > cue.index() && !breaksBetween(tokens, cue.index(), first);
                return after ? span(tokens, first, rightEdge(tokens, token)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean relativeWordBetween(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(t -> RELATIVE_PRONOUNS.contains(t.pos()));
    }

    /**
     * "said they believed [a fruit ...] obj [had exploded ...] dep": a reported clause whose last phrase is the
     * subject of a finite predicate the parser hung on the cue, right after the clause, goes on through that
     * predicate.
     */
    static Span continued(List<Token> tokens, Token cue, Span clause) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index()
                    && isLoosePredicate(tokens, token)
                    && startsAt(tokens, token, clause.end())) {
                return new Span(
                        clause.start(),
                        tokens.get(rightEdge(tokens, token)).span().end());
            }
        }
        return clause;
    }

    /**
     * "the process to select a chair [had not been announced] dep, according to X": the clause of a finite
     * predicate without a subject, hung loosely on a word before it, is that word's clause.
     */
    static Token clauseHead(List<Token> tokens, Token predicate) {
        boolean hungOnEarlierWord = predicate.head() >= 0 && predicate.head() < predicate.index();
        return hungOnEarlierWord && isLoosePredicate(tokens, predicate) ? tokens.get(predicate.head()) : predicate;
    }

    /**
     * "speculated [the spikes] obj [make] xcomp it dangerous": an open complement is non-finite by definition, so one
     * tagged a finite verb, without a subject of its own, is the predicate of the object.
     */
    private static boolean isFiniteOpenComplement(List<Token> tokens, Token token) {
        return token.deprel().equals("xcomp")
                && token.isFiniteVerb()
                && !hasSubject(tokens, token)
                && !hasRelativeSubject(tokens, token);
    }

    private static boolean isLoosePredicate(List<Token> tokens, Token token) {
        return token.deprel().equals("dep")
                && isFinitePredicate(tokens, token)
                && !hasSubject(tokens, token)
                && !hasRelativeSubject(tokens, token);
    }

    /** Whether the first word of the head's phrase, punctuation aside, is the first word at or after {@code offset}. */
    private static boolean startsAt(List<Token> tokens, Token head, int offset) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.span().start() >= offset && !token.deprel().equals("punct")) {
                return Heads.dominates(tokens, head, token) && token.index() <= head.index();
            }
        }
        return false;
    }

    /**
     * "speculated [the virus] obj [was transferred ...] dep": the one shape a cue that reports only a finite clause
     * may rebuild, an object followed at once by a finite predicate without a subject that the parser hung on the cue
     * (as a loose piece or as an open complement tagged finite), or that governs the cue as its subject.
     * A predicate with a subject of its own after the object ("declared a state of emergency, the city closed") is a
     * second clause, not the report.
     */
    static Optional<Span> objectTakenForSubject(List<Token> tokens, Token cue) {
        Optional<Token> object = objectAfter(tokens, cue);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        // "[The researchers have speculated this pattern] csubj may have occurred": the same object and finite
        // predicate, with the cue made the predicate's subject.
        Optional<Span> governed = cueTakenForSubject(tokens, cue);
        if (governed.isPresent()) {
            return governed;
        }
        int objectEnd = tokens.get(rightEdge(tokens, object.get())).span().end();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = object.get().index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            boolean piece = isLoosePredicate(tokens, token) || isFiniteOpenComplement(tokens, token);
            if (token.head() == cue.index() && piece && startsAt(tokens, token, objectEnd)) {
                return span(tokens, leftEdge(tokens, object.get()), rightEdge(tokens, token));
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> subjectTakenForObject(List<Token> tokens, Token cue) {
        Optional<Token> object = objectAfter(tokens, cue);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = object.get().index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (hangsOnCueOrItsFirstConjunct(token, cue)
                    && PREDICATE_PIECES.contains(token.deprel())
                    && isFinitePredicate(tokens, token)
                    && !hasRelativeSubject(tokens, token)
                    && !cueAdverbBetween(tokens, cue, rightEdge(tokens, object.get()), leftEdge(tokens, token))) {
                // "informed police [she had immunity]": with a subject of its own, the object was the addressee;
                // after an addressee of its own ("told [Reuters] iobj [the rise ...] obj suggested ...") it is not.
                boolean objectAddressed =
                        hasSubject(tokens, token) && !addresseeEndsBefore(tokens, cue, leftEdge(tokens, object.get()));
                int first = objectAddressed ? leftEdge(tokens, token) : leftEdge(tokens, object.get());
                return span(tokens, first, rightEdge(tokens, token));
            }
        }
        return Optional.empty();
    }

    /**
     * "attacked [the guard] obj after he left, then fled": an adverb of the cue after a comma, between the object and
     * the predicate, starts a second predicate of the cue's own subject, not the object's.
     */
    private static boolean cueAdverbBetween(List<Token> tokens, Token cue, int objectEnd, int pieceStart) {
        for (int at = objectEnd + 2; at < pieceStart; at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index()
                    && token.deprel().equals("advmod")
                    && tokens.get(at - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "issued a notice and stated [the office] obj [had found it] dep": the piece after a second, coordinated cue's
     * object may hang on the first verb of the coordination.
     */
    private static boolean hangsOnCueOrItsFirstConjunct(Token piece, Token cue) {
        return piece.head() == cue.index() || cue.deprel().equals("conj") && piece.head() == cue.head();
    }

    private static Optional<Span> cueTakenForSubject(List<Token> tokens, Token cue) {
        Optional<Token> governing = predicateGoverningCue(tokens, cue);
        if (governing.isEmpty()) {
            return Optional.empty();
        }
        Token predicate = governing.get();
        Optional<Token> object = objectAfter(tokens, cue);
        if (object.isEmpty() || !isFinitePredicate(tokens, predicate)) {
            return Optional.empty();
        }
        return span(tokens, leftEdge(tokens, object.get()), rightEdge(tokens, predicate));
    }

    /**
     * The predicate after the cue that the parser made the cue depend on: as its subject ("[X reported the bridges]
     * csubj were closed"), or as a modifier of its opening adverbial when the cue has a subject of its own ("In a
     * notice [the council reported] acl the bridges had closed": "notice" is an obl of "closed").
     */
    private static Optional<Token> predicateGoverningCue(List<Token> tokens, Token cue) {
        if (cue.head() < 0) {
            return Optional.empty();
        }
        if (cue.deprel().startsWith("csubj")) {
            return cue.head() > cue.index() ? Optional.of(tokens.get(cue.head())) : Optional.empty();
        }
        Token adverbial = tokens.get(cue.head());
        boolean modifiesAdverbial = cue.deprel().startsWith("acl")
                && adverbial.deprel().equals("obl")
                && adverbial.index() < cue.index()
                && adverbial.head() > cue.index()
                && hasSubject(tokens, cue)
                && !hasSubject(tokens, tokens.get(adverbial.head()));
        return modifiesAdverbial ? Optional.of(tokens.get(adverbial.head())) : Optional.empty();
    }

    private static Optional<Span> clauseAfterAdverbial(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (AFTER_ADVERBIAL.contains(token.deprel())
                    && hangsOnCueOrItsAdverbial(tokens, token, cue)
                    && hasSubject(tokens, token)
                    && isFinitePredicate(tokens, token)) {
                int first = leftEdge(tokens, token);
                boolean after = first > cue.index() && !breaksBetween(tokens, cue.index(), first);
                return after ? span(tokens, first, rightEdge(tokens, token)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "added they would not; Interpol did not disclose ...": a semicolon, colon or dash ends the report. */
    private static boolean breaksBetween(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(t -> CLAUSE_BREAKS.contains(t.word()));
    }

    private static boolean hangsOnCueOrItsAdverbial(List<Token> tokens, Token piece, Token cue) {
        if (piece.head() == cue.index()) {
            return true;
        }
        if (piece.head() < 0) {
            return false;
        }
        Token governor = tokens.get(piece.head());
        return governor.head() == cue.index()
                && governor.index() > cue.index()
                && ADVERBIALS.contains(governor.deprel());
    }

    /** The cue's object right after it, or after its addressee ("told the press [a team] ..."). */
    private static Optional<Token> objectAfter(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && token.deprel().equals("obj") && canBeSubject(token)) {
                int first = leftEdge(tokens, token);
                boolean adjacent = first == cue.index() + 1 || addresseeEndsBefore(tokens, cue, first);
                return adjacent ? Optional.of(token) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A noun, number or pronoun: "stated [this] was not connected", "reported [62] had closed". */
    private static boolean canBeSubject(Token token) {
        return token.isNoun() || OTHER_SUBJECT_TAGS.contains(token.pos());
    }

    private static boolean addresseeEndsBefore(List<Token> tokens, Token cue, int first) {
        for (int at = cue.index() + 1; at < first; at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && token.deprel().equals("iobj")) {
                return rightEdge(tokens, token) == first - 1 && leftEdge(tokens, token) == cue.index() + 1;
            }
        }
        return false;
    }

    private static boolean isFinitePredicate(List<Token> tokens, Token predicate) {
        if (predicate.isFiniteVerb() || isMistaggedPast(tokens, predicate)) {
            return true;
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, predicate);
        for (int at = range.first(); at < predicate.index(); at++) {
            Token token = tokens.get(at);
            boolean auxiliary =
                    token.deprel().startsWith("aux") || token.deprel().equals("cop");
            if (token.head() == predicate.index() && auxiliary && token.isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reported a block of flats [collapsed] VBN": a participle with an active subject of its own and no auxiliary
     * is a past tense the tagger took for a participle (a passive one would have a passive subject or "be").
     */
    private static boolean isMistaggedPast(List<Token> tokens, Token predicate) {
        if (!predicate.pos().equals("VBN")) {
            return false;
        }
        boolean activeSubject = false;
        for (Token token :
                tokens.subList(Speakers.Sentencewise.of(tokens, predicate).first(), predicate.index())) {
            if (token.head() == predicate.index() && token.deprel().startsWith("aux")) {
                return false;
            }
            activeSubject |= token.head() == predicate.index()
                    && token.deprel().equals("nsubj")
                    && !RELATIVE_PRONOUNS.contains(token.pos());
        }
        return activeSubject;
    }

    /** "declared [they were ending the search]": a finite predicate with a subject of its own, no relative one. */
    static boolean isFiniteClause(List<Token> tokens, Token predicate) {
        return isFinitePredicate(tokens, predicate)
                && hasSubject(tokens, predicate)
                && !hasRelativeSubject(tokens, predicate);
    }

    private static boolean hasSubject(List<Token> tokens, Token predicate) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, predicate);
        for (int at = range.first(); at < predicate.index(); at++) {
            Token token = tokens.get(at);
            // "estimated by 9 pm, [there] expl would be ...": an expletive holds the subject's place.
            boolean subject =
                    token.deprel().startsWith("nsubj") || token.deprel().equals("expl");
            if (token.head() == predicate.index() && subject && !RELATIVE_PRONOUNS.contains(token.pos())) {
                return true;
            }
        }
        return false;
    }

    /** "the towers, which were unsafe": a relative clause describes, it does not report. */
    private static boolean hasRelativeSubject(List<Token> tokens, Token predicate) {
        return tokens.stream()
                .anyMatch(t -> t.head() == predicate.index()
                        && t.sentence() == predicate.sentence()
                        && t.deprel().startsWith("nsubj")
                        && RELATIVE_PRONOUNS.contains(t.pos()));
    }

    /** The first token of the head's subtree within its sentence, punctuation included; the head when none. */
    static int leftEdge(List<Token> tokens, Token head) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        int first = head.index();
        for (int at = range.first(); at < head.index(); at++) {
            if (Heads.dominates(tokens, head, tokens.get(at))) {
                return at;
            }
        }
        return first;
    }

    static int rightEdge(List<Token> tokens, Token head) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        for (int at = range.end() - 1; at > head.index(); at--) {
            if (Heads.dominates(tokens, head, tokens.get(at))
                    && !tokens.get(at).deprel().equals("punct")) {
                return at;
            }
        }
        return head.index();
    }

    /** The tokens from {@code first} to {@code last}, ending before a semicolon, colon or dash. */
    private static Optional<Span> span(List<Token> tokens, int first, int last) {
        int start = first;
        while (start < last && tokens.get(start).deprel().equals("punct")) {
            start++;
        }
        int end = start;
        while (end < last && !CLAUSE_BREAKS.contains(tokens.get(end + 1).word())) {
            end++;
        }
        while (end > start && tokens.get(end).deprel().equals("punct")) {
            end--;
        }
        return Optional.of(new Span(
                tokens.get(start).span().start(), tokens.get(end).span().end()));
    }
}
