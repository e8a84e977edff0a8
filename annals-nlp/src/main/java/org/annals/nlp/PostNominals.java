package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.PostNominalLetters;
import org.annals.core.Token;

/**
 * Post-nominal letters ({@link PostNominalLetters}) that the tagger keeps in a person's run ("Durham Hall QC") leave
 * the run. Run after NerConsistency, which would tag the letters again as a proper noun next to a name.
 */
final class PostNominals {
    private PostNominals() {}

    /** The tokens with the letters (and the commas between them) that end each person run tagged O. */
    static List<Token> trim(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens);
        int i = 0;
        while (i < result.size()) {
            int end = NerRuns.end(result, i);
            if (result.get(i).ner().equals("PERSON")) {
                trimRun(result, i, end);
            }
            i = end;
        }
        return result;
    }

    private static void trimRun(List<Token> tokens, int first, int end) {
        List<String> words =
                tokens.subList(first, end).stream().map(Token::word).toList();
        for (int i = first + PostNominalLetters.wordsKept(words); i < end; i++) {
            tokens.set(i, NerConsistency.withNer(tokens.get(i), "O"));
        }
    }
}
