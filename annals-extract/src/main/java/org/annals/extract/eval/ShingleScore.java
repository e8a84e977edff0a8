package org.annals.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring rule of the public article-extraction benchmark (Scrapinghub's article-extraction-benchmark): words are
 * {@code \w+} runs (Unicode, case kept), texts become multisets of word 4-grams, a text shorter than four words is
 * one shorter shingle; per page, true positives are the shingles both share (with multiplicity). Precision and recall
 * are averaged over pages, and F1 is taken of the two averages. See docs/evaluation.md.
 */
public final class ShingleScore {
    public static final int N = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleScore() {}

    /** One page: shingle counts that matched, that only the prediction has, and that only the gold has. */
    public record Counts(int tp, int fp, int fn) {
        /** 1 when both texts are empty; 0 when the prediction has nothing right. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp == 0 && fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp == 0 && fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }
    }

    /** Averages over pages: precision over pages with a non-empty prediction, recall over pages with gold. */
    public record Summary(double precision, double recall, int pages) {
        public double f1() {
            return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    public static Map<List<String>, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
            List<String> shingle = words.subList(i, Math.min(words.size(), i + N));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    public static Counts match(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> guess = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(guess.keySet());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = guess.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        return new Counts(tp, fp, fn);
    }

    public static Summary summarise(List<Counts> pages) {
        double precision = pages.stream()
                .filter(c -> c.tp() + c.fp() > 0)
                .mapToDouble(Counts::precision)
                .average()
                .orElse(0.0);
        double recall = pages.stream()
                .filter(c -> c.tp() + c.fn() > 0)
                .mapToDouble(Counts::recall)
                .average()
                .orElse(0.0);
        return new Summary(precision, recall, pages.size());
    }
}
