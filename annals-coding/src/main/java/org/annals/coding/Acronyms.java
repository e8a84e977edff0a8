package org.annals.coding;

import java.util.Locale;
import java.util.Set;

/** Acronyms and the names they abbreviate: "SDF" spells the initials of "Syrian Democratic Forces". */
final class Acronyms {
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 8;
    // Function words that acronyms usually leave out ("Food and Agriculture Organization" is FAO).
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "de", "&");

    private Acronyms() {}

    /**
     * Two to eight capital letters, nothing else; or a short name that opens and closes with a capital and spells its
     * small words in small letters ("TfL", "DfE").
     */
    static boolean isAcronym(String text) {
        return text.length() >= MIN_LETTERS
                && text.length() <= MAX_LETTERS
                && (text.chars().allMatch(c -> c >= 'A' && c <= 'Z') || isMixedCase(text));
    }

    private static boolean isMixedCase(String text) {
        return isCapital(text.charAt(0))
                && isCapital(text.charAt(text.length() - 1))
                && text.chars().allMatch(c -> isCapital(c) || c >= 'a' && c <= 'z');
    }

    private static boolean isCapital(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * True when the acronym is the initials of the name's last words, with or without function words: a name may
     * open with a description ("Kurdish-led Syrian Democratic Forces" for "SDF").
     */
    static boolean spells(String acronym, String name) {
        if (name.equals(acronym)) {
            return false;
        }
        String[] words = name.strip().split("[\\s-]+");
        StringBuilder content = new StringBuilder();
        StringBuilder all = new StringBuilder();
        StringBuilder written = new StringBuilder();
        for (int at = words.length - 1; at >= 0; at--) {
            if (words[at].isEmpty()) {
                continue;
            }
            char initial = Character.toUpperCase(words[at].charAt(0));
            all.insert(0, initial);
            written.insert(0, words[at].charAt(0));
            if (!SKIPPED.contains(words[at].toLowerCase(Locale.ROOT))) {
                content.insert(0, initial);
            }
            if (acronym.contentEquals(content) || acronym.contentEquals(all) || acronym.contentEquals(written)) {
                return true;
            }
        }
        return false;
    }
}
