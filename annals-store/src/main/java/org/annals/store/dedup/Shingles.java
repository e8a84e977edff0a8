package org.annals.store.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The distinct word shingles of a text, as 64-bit hashes. Words are runs of letters and digits, lower-cased with
 * {@link Locale#ROOT}, so punctuation, spacing and capitalisation do not tell copies apart. The hash is fixed (no
 * per-run seed), so signatures stored by one run are comparable with those of the next.
 */
public final class Shingles {
    /** Five words: long enough that two different articles rarely share one, short enough that an edit costs few. */
    public static final int WORDS_PER_SHINGLE = 5;

    private Shingles() {}

    /** Sorted distinct shingle hashes; a text shorter than a shingle gives one shingle of all its words. */
    public static long[] of(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - WORDS_PER_SHINGLE + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.length, i + WORDS_PER_SHINGLE); j++) {
                hash = Mix.mix(hash * 31 + words[j]);
            }
            shingles[i] = hash;
        }
        return Arrays.stream(shingles).distinct().sorted().toArray();
    }

    static long[] wordHashes(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Long> hashes = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            long hash = 0xCBF29CE484222325L;
            while (i < lower.length() && Character.isLetterOrDigit(c = lower.codePointAt(i))) {
                hash = (hash ^ c) * 0x100000001B3L;
                i += Character.charCount(c);
            }
            hashes.add(Mix.mix(hash));
        }
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }
}
