package org.annals.nlp;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * The same speaker's next report, set off by a comma as a participle: "said the bridge was safe, adding "the road will
 * reopen"", "pointing out he had secured 300 delegates, saying ...". The parser often hangs the participle on the last
 * word of the first report instead of on its cue; the first report then ends before the comma, and the participle's
 * words are a report of their own (a quotation there would otherwise overlap the first report and hide it).
 */
final class SetOffParticipleCues {
    private static final Set<String> REPORTED = Set.of("ccomp", "dep", "parataxis");

    private SetOffParticipleCues() {}

    /** {@code clause} without a set-off participle cue that has no subject of its own, and what follows it. */
    static Span trim(List<Token> tokens, Span clause, Predicate<Token> isCue) {
        for (Token token : tokens) {
            if (clause.contains(token.span())
                    && token.span().start() > clause.start()
                    && isNextReport(tokens, token, isCue)) {
                int last = token.index() - 1;
                while (last > 0 && tokens.get(last).deprel().equals("punct")) {
                    last--;
                }
                return tokens.get(last).span().end() <= clause.start()
                        ? clause
                        : new Span(clause.start(), tokens.get(last).span().end());
            }
        }
        return clause;
    }

    private static boolean isNextReport(List<Token> tokens, Token token, Predicate<Token> isCue) {
        return token.pos().equals("VBG")
                && token.index() > 0
                && tokens.get(token.index() - 1).word().equals(",")
                && tokens.get(token.index() - 1).sentence() == token.sentence()
                && isCue.test(token)
                && !Heads.hasSubject(tokens, token)
                && Heads.hasDependent(tokens, token, REPORTED);
    }
}
