package org.annals.core;

import java.util.List;
import java.util.Set;

/**
 * Letters after a person's name for a rank, an honour, a seat or a degree ("Durham Hall QC", "Jane Smith, MP"). They
 * name no one: left in, "Durham Hall QC" would be a person apart from the "Durham Hall" the article names again. In
 * the core because two modules cut them (the tagger's person runs, and names a title makes a person's) from one
 * data file, post-nominals.txt (docs/lexicon.md).
 */
public final class PostNominalLetters {
    private static final Set<String> LETTERS = WordLists.read("/org/annals/core/post-nominals.txt");

    private PostNominalLetters() {}

    /** Whether a word is post-nominal letters, with or without a full stop. */
    public static boolean isPostNominal(String word) {
        String letters = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return LETTERS.contains(letters);
    }

    /**
     * How many of a name's words are the name: those before the letters (and the commas between them) that end it.
     * One word stays: a name of nothing but letters is left as it was written.
     */
    public static int wordsKept(List<String> words) {
        int kept = words.size();
        while (kept > 1
                && (isPostNominal(words.get(kept - 1)) || words.get(kept - 1).equals(","))) {
            kept--;
        }
        return kept;
    }
}
