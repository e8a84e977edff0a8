package org.annals.coding;

import java.util.Set;
import org.annals.core.Token;

/**
 * "Biden would not say whether he supported Court packing": a clause that "whether" opens asks about an act, it does
 * not tell it. Over the labelled sets no gold event is told in such a clause, and the three events the coder gave from
 * one were wrong. Only the clause's verbs and the verbs they govern as complements, conjuncts or purposes are asked;
 * an act named by a noun inside it ("whether the President's visit was the result of a stroke") is presupposed.
 */
final class EmbeddedQuestions {
    static final String REASON = "question: a clause opened by \"whether\" asks, it does not tell";

    private static final Set<String> VERB_CHAIN = Set.of("xcomp", "conj", "advcl");

    private final Tree tree;

    EmbeddedQuestions(Tree tree) {
        this.tree = tree;
    }

    boolean asks(int word) {
        int current = word;
        for (int steps = 0; current >= 0 && steps < tree.size(); steps++) {
            Token token = tree.token(current);
            if (!token.isVerb() && !token.pos().startsWith("JJ")) {
                return false;
            }
            if (tree.hasMark(current, "whether")) {
                return true;
            }
            if (!VERB_CHAIN.contains(token.deprel())) {
                return false;
            }
            current = token.head();
        }
        return false;
    }
}
