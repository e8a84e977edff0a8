package org.annals.coding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The generational suffix after a person's name ("Edward J. DeBartolo Jr.", "Cyrus R. Vance, Jr.", "Charles H.
 * Keating IV"), which the tagger leaves outside the name. It is part of the name: without it a son and his father
 * named alike would be one person, and the name would not be the one the article gives.
 */
final class GenerationalSuffixes {
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private GenerationalSuffixes() {}

    /** The last token of a person's name ending at {@code last}, with the suffix that follows it if any. */
    static int nameEnd(Tree tree, int last) {
        int next = last + 1;
        if (next >= tree.size() || !tree.sameSentence(last, next)) {
            return last;
        }
        if (tree.token(next).word().equals(",") && next + 1 < tree.size() && tree.sameSentence(next, next + 1)) {
            // "Vance, Jr.": only the abbreviation takes the comma; "Keating, III" would be a list.
            return isSuffix(tree.token(next + 1).word())
                            && isAbbreviation(tree.token(next + 1).word())
                    ? next + 1
                    : last;
        }
        return isSuffix(tree.token(next).word()) ? next : last;
    }

    /** Whether a name ends in a generational suffix. */
    static boolean suffixed(String name) {
        List<String> words = words(name);
        return words.size() > 1 && isSuffix(words.get(words.size() - 1));
    }

    /** Whether a word of a name is a generational suffix. */
    static boolean isSuffix(String word) {
        boolean romanUpper = !word.isEmpty() && word.chars().allMatch(c -> c == 'I' || c == 'V');
        boolean abbreviation = isAbbreviation(word);
        return (romanUpper || abbreviation) && SUFFIXES.contains(Tree.lower(word));
    }

    private static boolean isAbbreviation(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.codePointAt(0))
                && Tree.lower(word).matches("[js]r\\.?");
    }

    /** The words of a name, the comma before a suffix dropped ("Vance," is "Vance"). */
    static List<String> words(String name) {
        return Arrays.asList(name.replace('’', '\'').replace(",", " ").trim().split("\\s+"));
    }
}
