package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Reported speech inside a relative clause: in "the fires, which state media said were under control", the relative
 * pronoun is the reported clause's subject, moved out of it, and parsers take it for the cue's object. The report is
 * the rest of the relative clause after the cue ("were under control"), when it holds a verb.
 */
final class RelativeClauseReports {
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");
    // A report is a finite clause; "which the court ruled to be void" is a small clause of the ruling.

    private RelativeClauseReports() {}

    static Optional<Span> of(List<Token> tokens, Token cue) {
        if (!cue.deprel().equals("acl:relcl") || !hasRelativeObject(tokens, cue) || insideReport(tokens, cue)) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int first = -1;
        int last = -1;
        boolean verb = false;
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            // The relative clause ends at its closing comma, whatever the parser hung below the cue after it.
            if (!Heads.isAbove(tokens, cue, token) || token.word().equals(",") && first >= 0) {
                break;
            }
            if (token.deprel().equals("punct") && first < 0) {
                continue;
            }
            first = first < 0 ? at : first;
            if (!token.deprel().equals("punct")) {
                last = at;
            }
            verb |= token.isFiniteVerb();
        }
        if (first < 0 || !verb || isNounObject(tokens.get(first), cue)) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    /** "said he may act, which he said would ...": a report nested in a reported clause is part of its content. */
    private static boolean insideReport(List<Token> tokens, Token cue) {
        Token current = cue;
        for (int step = 0; step < tokens.size() && current.head() >= 0; step++) {
            current = tokens.get(current.head());
            if (current.deprel().equals("ccomp")) {
                return true;
            }
        }
        return false;
    }

    /** "which X said": the relative pronoun hangs on the cue as its object (or an unlabelled dependent). */
    private static boolean hasRelativeObject(List<Token> tokens, Token cue) {
        for (int at = Speakers.Sentencewise.of(tokens, cue).first(); at < cue.index(); at++) {
            Token token = tokens.get(at);
            boolean relative = RELATIVE_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT))
                    && (token.pos().equals("WDT") || token.pos().equals("WP"));
            if (relative
                    && token.head() == cue.index()
                    && (token.deprel().equals("obj") || token.deprel().equals("dep"))) {
                return true;
            }
        }
        return false;
    }

    /** "which he told reporters ...": a noun right after the cue is its addressee, not the start of the report. */
    private static boolean isNounObject(Token first, Token cue) {
        return first.head() == cue.index()
                && (first.deprel().equals("obj") || first.deprel().equals("iobj"));
    }
}
