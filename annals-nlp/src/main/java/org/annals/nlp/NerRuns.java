package org.annals.nlp;

import java.util.List;
import org.annals.core.Token;

/** Runs of tokens that carry one named-entity tag within one sentence. */
final class NerRuns {

    private NerRuns() {}

    /** The index after the run of one tag, within one sentence, that starts at {@code start}. */
    static int end(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        int end = start + 1;
        while (end < tokens.size()
                && tokens.get(end).ner().equals(first.ner())
                && tokens.get(end).sentence() == first.sentence()) {
            end++;
        }
        return end;
    }
}
