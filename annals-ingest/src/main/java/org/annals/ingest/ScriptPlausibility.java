package org.annals.ingest;

/**
 * How much decoded text reads like real text in one script, from 0 to 1: the share of its non-ASCII characters
 * that fit the script and sit where such characters sit in real text. Typographic punctuation (quotes, dashes,
 * the euro sign) is left out, since every candidate encoding has it.
 */
enum ScriptPlausibility {
    /** Accented letters inside words of ASCII letters, or standing alone as in French "à"; capitals not mid-word. */
    LATIN {
        @Override
        double plausibility(String text, int i, int c) {
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return 0;
            }
            boolean asciiNeighbour = isAsciiLetter(before(text, i)) || isAsciiLetter(after(text, i));
            boolean standalone = !Character.isLetter(before(text, i)) && !Character.isLetter(after(text, i));
            boolean midWordCapital = Character.isUpperCase(c) && Character.isLowerCase(before(text, i));
            return (asciiNeighbour || standalone) && !midWordCapital ? 1 : 0;
        }
    },
    /**
     * Cyrillic letters away from ASCII letters, lower case except at the start of a word, and more often than not
     * among the ten commonest letters of Russian: a KOI8-R text read as windows-1251 (or the reverse) swaps case and
     * scrambles the letters, so this separates the two.
     */
    CYRILLIC {
        private static final String COMMON = "оеаинтсрвл";

        @Override
        double plausibility(String text, int i, int c) {
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) {
                return 0;
            }
            int previous = before(text, i);
            if (isAsciiLetter(previous) || isAsciiLetter(after(text, i))) {
                return 0;
            }
            if (Character.isUpperCase(c) && Character.isLetter(previous)) {
                return 0;
            }
            return COMMON.indexOf(Character.toLowerCase(c)) >= 0 ? 1 : 0.5;
        }
    },
    /** Common simplified Chinese characters and CJK punctuation; rare characters count for little. */
    CHINESE {
        @Override
        double plausibility(String text, int i, int c) {
            if (CommonHanzi.contains(c) || isCjkPunctuation(c)) {
                return 1;
            }
            return isIdeograph(c) ? 0.3 : 0;
        }
    },
    /** Kana and CJK punctuation; kanji count for half, half-width katakana (rare today) for nothing. */
    JAPANESE {
        @Override
        double plausibility(String text, int i, int c) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.HIRAGANA
                    || block == Character.UnicodeBlock.KATAKANA
                    || isCjkPunctuation(c)) {
                return 1;
            }
            return isIdeograph(c) ? 0.5 : 0;
        }
    };

    // Enough text to judge any encoding; scoring a 20 MB file in full would only cost time.
    private static final int SAMPLE_CHARS = 1 << 16;

    abstract double plausibility(String text, int i, int c);

    double score(String text) {
        int considered = 0;
        double plausible = 0;
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; ) {
            int c = text.codePointAt(i);
            if (c >= 0x80 && !isTypographic(c)) {
                considered++;
                plausible += plausibility(text, i, c);
            }
            i += Character.charCount(c);
        }
        return considered == 0 ? 1 : plausible / considered;
    }

    static boolean isTypographic(int c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.SPACE_SEPARATOR
                || "…€№°•·§©®™".indexOf(c) >= 0;
    }

    static boolean isCjkPunctuation(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || (c >= 0xFF01 && c <= 0xFF5E); // full-width ASCII forms: ，！？（）
    }

    static boolean isIdeograph(int c) {
        return Character.isIdeographic(c);
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static int before(String text, int i) {
        return i == 0 ? ' ' : text.codePointBefore(i);
    }

    static int after(String text, int i) {
        int next = i + Character.charCount(text.codePointAt(i));
        return next >= text.length() ? ' ' : text.codePointAt(next);
    }
}
