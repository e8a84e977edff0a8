package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "the next mission, which the administrator has said may be ready by August": a cue inside a relative clause whose
 * pronoun is the reported clause's subject, read from the word order where the parse lost the shape (the cue taken
 * for a clausal subject of the predicate, the predicate for the cue's object). The relative pronoun, a short
 * reporter, the cue (after "has" or "had" at most) and at once a finite verb or modal with no subject of its own: the
 * report is that verb's words up to the next comma, semicolon or the sentence's end, as {@link RelativeClauseReports}
 * spans the parsed shape.
 */
final class RelativeCueWords {
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    private static final Set<String> CUE_TAGS = Set.of("VBD", "VBZ", "VBP", "VBN");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":");
    private static final Set<String> CLOSING_BRACKETS = Set.of(")", "-RRB-");

    private RelativeCueWords() {}

    /** The report of "which REPORTER cue VERB ...", from the verb to the clause's end; empty for other shapes. */
    static Optional<Span> clause(List<Token> tokens, Token cue) {
        if (!CUE_TAGS.contains(cue.pos()) || reporterHead(tokens, cue).isEmpty()) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int first = cue.index() + 1;
        if (first >= range.end() || !tokens.get(first).isFiniteVerb()) {
            return Optional.empty();
        }
        int last = first;
        while (last + 1 < range.end()
                && !CLAUSE_ENDS.contains(tokens.get(last + 1).word())) {
            last++;
        }
        while (last > first && tokens.get(last).deprel().equals("punct")) {
            last--;
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    /** Who the relative clause names as reporter: the head of the words between the pronoun and the cue. */
    static Optional<Mention> reporter(Document document, Token cue) {
        return reporterHead(document.tokens(), cue).flatMap(head -> ShortReporters.mentionOf(document, head));
    }

    /** The last word of the reporter between a relative pronoun after a noun or comma and the cue. */
    private static Optional<Token> reporterHead(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int end = cue.index();
        if (end > range.first() && PERFECT.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT))) {
            end--;
        } else if (cue.pos().equals("VBN")) {
            return Optional.empty();
        }
        if (end - 1 <= range.first() || !tokens.get(end - 1).pos().matches("NNP?S?|PRP")) {
            return Optional.empty();
        }
        int last = end - 1;
        return ShortReporters.opener(
                        tokens,
                        end,
                        range.first(),
                        t -> RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))
                .filter(pronoun -> followsANoun(tokens.get(pronoun - 1)))
                .map(pronoun -> tokens.get(last));
    }

    // "the rivers (and lakes), which ...": a closing bracket ends the noun phrase the pronoun follows.
    private static boolean followsANoun(Token before) {
        return before.isNoun() || CLAUSE_ENDS.contains(before.word()) || CLOSING_BRACKETS.contains(before.word());
    }
}
