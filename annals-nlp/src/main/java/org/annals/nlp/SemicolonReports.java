package org.annals.nlp;

import java.util.List;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A second report after a semicolon: in "told the paper it would stop the search; the paper also spoke to the navy,
 * who told it this was unconfirmed" the part after the semicolon is the reporter telling of another exchange, not
 * what the first speaker said. The parser hangs it inside the first report; the first report ends at the semicolon.
 * A semicolon followed by no report of its own ("said two were hurt; no crew were injured") goes on with the report.
 */
final class SemicolonReports {
    private SemicolonReports() {}

    /** {@code clause} up to the first semicolon after which a cue with a subject of its own reports again. */
    static Span trim(List<Token> tokens, Span clause, Predicate<Token> isCue) {
        for (Token token : tokens) {
            if (clause.contains(token.span())
                    && token.word().equals(";")
                    && reportsAgain(tokens, clause, token, isCue)) {
                int last = token.index() - 1;
                while (last > 0 && tokens.get(last).deprel().equals("punct")) {
                    last--;
                }
                return tokens.get(last).span().end() > clause.start()
                        ? new Span(clause.start(), tokens.get(last).span().end())
                        : clause;
            }
        }
        return clause;
    }

    private static boolean reportsAgain(List<Token> tokens, Span clause, Token semicolon, Predicate<Token> isCue) {
        return tokens.stream()
                .filter(t -> t.index() > semicolon.index() && clause.contains(t.span()) && isCue.test(t))
                .anyMatch(cue -> hasSubjectAfter(tokens, cue, semicolon));
    }

    private static boolean hasSubjectAfter(List<Token> tokens, Token cue, Token semicolon) {
        return tokens.stream()
                .anyMatch(t -> t.head() == cue.index()
                        && t.index() > semicolon.index()
                        && t.sentence() == cue.sentence()
                        && t.deprel().startsWith("nsubj"));
    }
}
