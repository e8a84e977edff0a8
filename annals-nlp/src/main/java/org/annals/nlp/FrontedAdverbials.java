package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * "While all agreed that X, Ana Ruiz stressed the need for Y", "While he believes X, he says Y": the parser takes the
 * fronted adverbial clause for the clausal complement of the main verb. A clause before its cue that opens with a
 * subordinator is no report of that cue when the cue has a complement of its own after it; "Although the plan
 * failed, we learned a lot, she said" keeps its report, since "said" has nothing after it.
 */
final class FrontedAdverbials {
    private static final Set<String> SUBORDINATORS =
            Set.of("while", "although", "though", "whereas", "whilst", "because", "since");
    private static final Set<String> COMPLEMENTS = Set.of("obj", "ccomp", "xcomp", "iobj");

    private FrontedAdverbials() {}

    /** Whether {@code clauseHead}, parsed as a complement of {@code cue}, is a fronted adverbial clause. */
    static boolean isMisreadAdverbial(List<Token> tokens, Token clauseHead, Token cue) {
        if (clauseHead.index() > cue.index()) {
            return false;
        }
        int first = firstOfSubtree(tokens, clauseHead);
        Token opening = tokens.get(first);
        boolean subordinate = opening.deprel().equals("mark")
                && SUBORDINATORS.contains(opening.word().toLowerCase(Locale.ROOT));
        return subordinate && hasComplementAfter(tokens, cue);
    }

    private static boolean hasComplementAfter(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && COMPLEMENTS.contains(token.deprel())) {
                return true;
            }
        }
        return false;
    }

    private static int firstOfSubtree(List<Token> tokens, Token head) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        int first = head.index();
        for (int at = range.first(); at < head.index(); at++) {
            if (Heads.isAbove(tokens, head, tokens.get(at))) {
                return at;
            }
        }
        return first;
    }
}
