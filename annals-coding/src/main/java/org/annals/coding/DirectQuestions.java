package org.annals.coding;

import java.util.Set;
import org.annals.core.Sentence;

/**
 * "What are your views on the conflict between Armenia and Azerbaijan?": a direct question asks about a happening; it
 * does not report that it happened. Of 1,317 gold events over the labelled sets one is told in a question, an
 * endorsement presupposed by a modifier ("the Bernie Sanders-backed candidate"), while all five events the coder gave
 * from questions were wrong. A sentence is a direct question when its last word, closing quotation marks aside, is a
 * question mark; a question quoted inside a statement ("asking "why?" at the talks.") ends on the statement's word.
 */
final class DirectQuestions {
    static final String REASON = "question: asked, not told";

    private static final Set<String> CLOSING_QUOTES = Set.of("''", "\"", "'", "\u201d", "\u2019", "\u00bb");

    private final Tree tree;

    DirectQuestions(Tree tree) {
        this.tree = tree;
    }

    boolean asks(Sentence sentence) {
        int last = Math.min(sentence.endToken(), tree.size()) - 1;
        while (last >= sentence.firstToken()
                && CLOSING_QUOTES.contains(tree.token(last).word())) {
            last--;
        }
        return last >= sentence.firstToken() && tree.token(last).word().equals("?");
    }
}
