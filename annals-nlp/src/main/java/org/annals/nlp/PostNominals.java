package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.core.Token;

/**
 * Letters after a person's name for a rank, an honour, a seat or a degree ("Durham Hall QC", "Jane Smith, MP"),
 * which the tagger keeps in the person's run. They name no one: left in, "Durham Hall QC" would be a person apart
 * from the "Durham Hall" the article names again. Run after NerConsistency, which would tag the letters again as
 * a proper noun next to a name. The letters are data: post-nominals.txt.
 */
final class PostNominals {
    private static final Set<String> LETTERS = WordLists.read("/org/annals/nlp/post-nominals.txt");

    private PostNominals() {}

    /** The tokens with the letters (and the commas between them) that end each person run tagged O. */
    static List<Token> trim(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens);
        int i = 0;
        while (i < result.size()) {
            int end = NerRuns.end(result, i);
            if (result.get(i).ner().equals("PERSON")) {
                trimRun(result, i, end - 1);
            }
            i = end;
        }
        return result;
    }

    private static void trimRun(List<Token> tokens, int first, int last) {
        int end = last;
        // One word stays: a run of nothing but letters is left as the tagger gave it.
        while (end > first
                && (isPostNominal(tokens.get(end).word())
                        || tokens.get(end).word().equals(","))) {
            tokens.set(end, NerConsistency.withNer(tokens.get(end), "O"));
            end--;
        }
    }

    /** Whether a word is post-nominal letters, with or without a full stop. */
    static boolean isPostNominal(String word) {
        String letters = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return LETTERS.contains(letters);
    }
}
