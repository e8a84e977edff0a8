package org.annals.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a text (ISO 639-1), or says it cannot ({@code ""}): too short, mixed, or in no
 * language it knows. The writing system decides first (Chinese and Japanese by their characters and kana, Greek,
 * Hebrew, Korean by script alone); within Latin, Cyrillic and Arabic script the language whose commonest words
 * ({@code stopwords.txt}) occur clearly most often wins. Immutable and safe to share.
 */
public final class LanguageIdentifier {
    public static final String UNKNOWN = "";
    // Below these amounts a guess would be a coin toss, and a wrong language skips the English analysis.
    private static final int MIN_LETTERS = 20;
    private static final int MIN_CJK = 10;
    private static final int MIN_WORDS = 6;
    private static final int MIN_HITS = 3;
    private static final double MIN_HIT_SHARE = 0.10;
    private static final double MIN_MARGIN = 1.3;
    private static final double DOMINANT_SHARE = 0.7;
    // Japanese text is a third or more kana; Chinese text has none, bar a quoted Japanese name.
    private static final double JAPANESE_KANA_SHARE = 0.05;
    private static final int SAMPLE_CHARS = 50_000;

    private enum Script {
        LATIN,
        CYRILLIC,
        ARABIC,
        CJK,
        GREEK,
        HEBREW,
        HANGUL,
        OTHER
    }

    private static final Map<Script, String> SINGLE_LANGUAGE =
            Map.of(Script.GREEK, "el", Script.HEBREW, "he", Script.HANGUL, "ko");

    private final Map<String, Set<String>> stopwords;

    public LanguageIdentifier() {
        this.stopwords = load();
    }

    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Map<Script, Integer> letters = new EnumMap<>(Script.class);
        int kana = 0;
        int total = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            total++;
            letters.merge(scriptOf(c), 1, Integer::sum);
            kana += isKana(c) ? 1 : 0;
        }
        if (total == 0) {
            return UNKNOWN;
        }
        Script dominant = letters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(Script.OTHER);
        int dominantCount = letters.get(dominant);
        if (dominant == Script.CJK) {
            return dominantCount < MIN_CJK || dominantCount < DOMINANT_SHARE * total / 2
                    ? UNKNOWN
                    : (kana >= JAPANESE_KANA_SHARE * dominantCount ? "ja" : "zh");
        }
        if (total < MIN_LETTERS || dominantCount < DOMINANT_SHARE * total) {
            return UNKNOWN;
        }
        if (SINGLE_LANGUAGE.containsKey(dominant)) {
            return SINGLE_LANGUAGE.get(dominant);
        }
        return dominant == Script.OTHER ? UNKNOWN : byCommonWords(sample);
    }

    /**
     * The language of clearly the most common-word hits; unknown when the two halves of the text are each clearly in
     * a different language (a bilingual text has no single language to give).
     */
    private String byCommonWords(String text) {
        List<String> words = words(text);
        String whole = byCommonWords(words);
        if (whole.isEmpty() || words.size() < 2 * MIN_WORDS) {
            return whole;
        }
        String first = byCommonWords(words.subList(0, words.size() / 2));
        String second = byCommonWords(words.subList(words.size() / 2, words.size()));
        boolean mixed = !first.isEmpty() && !second.isEmpty() && !first.equals(second);
        return mixed ? UNKNOWN : whole;
    }

    private String byCommonWords(List<String> words) {
        if (words.size() < MIN_WORDS) {
            return UNKNOWN;
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String word : words) {
            stopwords.forEach((language, list) -> {
                if (list.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.isEmpty()) {
            return UNKNOWN;
        }
        int best = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        boolean clear = best >= MIN_HITS && best >= MIN_HIT_SHARE * words.size() && best >= MIN_MARGIN * second;
        return clear ? ranked.get(0).getKey() : UNKNOWN;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Script scriptOf(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case LATIN -> Script.LATIN;
            case CYRILLIC -> Script.CYRILLIC;
            case ARABIC -> Script.ARABIC;
            case HAN, HIRAGANA, KATAKANA -> Script.CJK;
            case GREEK -> Script.GREEK;
            case HEBREW -> Script.HEBREW;
            case HANGUL -> Script.HANGUL;
            default -> Script.OTHER;
        };
    }

    private static boolean isKana(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                lists.put(
                        parts[0].strip(), new HashSet<>(List.of(parts[1].strip().split("\\s+"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lists);
    }
}
