package org.annals.extract;

import java.util.Locale;

/**
 * The words of a text as runs of letters with at most one inner apostrophe ("don't", "O'Brien"); the same tokens as
 * the regex {@code \p{L}+(?:'\p{L}+)?}, found by one scan without the regex engine. The scan hands out positions, so a
 * caller makes strings only of the words it needs.
 */
final class LetterWords {
    private LetterWords() {}

    /** Receives each word as a range of the text. */
    interface Sink {
        void word(String text, int start, int end);
    }

    static void scan(String text, Sink sink) {
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
            sink.word(text, start, i);
        }
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

    /** The word at {@code start..end}, lower-cased. */
    static String lowerCase(String text, int start, int end) {
        String word = text.substring(start, end);
        // "US" is the country, not the pronoun.
        return word.equals("US") ? "u.s." : word.toLowerCase(Locale.ROOT);
    }
}
