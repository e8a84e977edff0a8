package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Reported speech whose attribution follows it: "The talks have failed, officials said on Monday." Parsers hang the
 * trailing "officials said" on the clause as a parataxis rather than taking the clause as its complement. The
 * report is then everything in the sentence before the comma that opens the attribution, when the attribution has a
 * subject of its own (or one the parser hung on the phrase before it, see {@link DisplacedSubjects}) and closes the
 * sentence.
 */
final class TrailingReports {
    // "..., Tehran Radio reported.": with the subject displaced, parsers also make the cue a dep or an adverbial
    // clause.
    private static final Set<String> TRAILING_RELATIONS = Set.of("parataxis", "dep", "advcl");

    private TrailingReports() {}

    /** The clause {@code cue} reports from after it, or empty when the cue does not trail a clause. */
    static Optional<Span> of(List<Token> tokens, Token cue) {
        if (!TRAILING_RELATIONS.contains(cue.deprel()) || cue.head() < 0 || cue.head() > cue.index()) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int attributionStart = cue.index();
        int attributionEnd = cue.index();
        Optional<Token> displaced = DisplacedSubjects.of(tokens, cue);
        boolean hasSubject = displaced.isPresent();
        Optional<Token> leadingClause = leadingClause(tokens, cue, range);
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            boolean attribution = Heads.dominates(tokens, cue, token)
                            && leadingClause
                                    .filter(c -> Heads.dominates(tokens, c, token))
                                    .isEmpty()
                    || displaced.filter(s -> Heads.dominates(tokens, s, token)).isPresent();
            if (!token.deprel().equals("punct") && attribution) {
                attributionStart = Math.min(attributionStart, at);
                attributionEnd = Math.max(attributionEnd, at);
            }
            hasSubject |= token.head() == cue.index() && token.deprel().startsWith("nsubj");
            // "..., as officials said": a subordinated cue is the reporter's aside, not an attribution.
            if (token.head() == cue.index()
                    && (token.deprel().equals("ccomp")
                            || token.deprel().equals("xcomp")
                            || token.deprel().equals("mark"))) {
                return Optional.empty();
            }
        }
        boolean closesSentence = tokens.subList(attributionEnd + 1, range.end()).stream()
                .allMatch(t -> t.deprel().equals("punct"));
        int comma = attributionStart - 1;
        if (!hasSubject
                || !closesSentence
                || comma <= range.first()
                || !tokens.get(comma).word().equals(",")) {
            return Optional.empty();
        }
        int first = range.first();
        int last = comma - 1;
        while (first < last && tokens.get(first).deprel().equals("punct")) {
            first++;
        }
        while (last > first && tokens.get(last).deprel().equals("punct")) {
            last--;
        }
        // "In a press release issued on Monday, the ministry denounced ...": a phrase without a subject is no report.
        boolean clause = tokens.subList(first, last + 1).stream()
                .anyMatch(t -> t.deprel().startsWith("nsubj")
                        || t.deprel().startsWith("csubj")
                        || t.deprel().equals("expl"));
        if (!clause) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    /**
     * "X was found dead, police reported Friday": the parser may hang the reported clause on the cue it precedes, as a
     * parataxis; it is the report, not part of the attribution.
     */
    private static Optional<Token> leadingClause(List<Token> tokens, Token cue, Speakers.Sentencewise range) {
        return tokens.subList(range.first(), cue.index()).stream()
                .filter(t -> t.head() == cue.index() && t.deprel().equals("parataxis") && t.isVerb())
                .findFirst();
    }
}
