package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as runs of letters with at most one inner apostrophe ("don't", "O'Brien"), lower-cased; the
 * same tokens as the regex {@code \p{L}+(?:'\p{L}+)?}, found by one scan without the regex engine.
 */
final class LetterWords {
    private LetterWords() {}

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isLetterAt(text, i)) {
                i++;
                continue;
            }
            int start = i;
            i = skipLetters(text, i);
            if (i + 1 < text.length() && text.charAt(i) == '\'' && isLetterAt(text, i + 1)) {
                i = skipLetters(text, i + 1);
            }
            words.add(normalise(text.substring(start, i)));
        }
        return words;
    }

    private static int skipLetters(String text, int from) {
        int i = from;
        while (i < text.length() && isLetterAt(text, i)) {
            i += Character.isHighSurrogate(text.charAt(i)) ? Character.charCount(text.codePointAt(i)) : 1;
        }
        return i;
    }

    /** ASCII answered without a table look-up; a lone low surrogate is no letter, as in the regex. */
    private static boolean isLetterAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(text.codePointAt(i));
    }

    private static String normalise(String word) {
        // "US" is the country, not the pronoun.
        return word.equals("US") ? "u.s." : word.toLowerCase(Locale.ROOT);
    }
}
