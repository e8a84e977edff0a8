package org.annals.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts the documents that were not analysed in full because they are not in English, by language. */
final class LanguageSkips {
    private final Map<String, Long> byLanguage = new TreeMap<>();

    void count(Outcome outcome) {
        if (outcome instanceof Outcome.Analysed analysed && analysed.skippedByLanguage()) {
            byLanguage.merge(analysed.document().metadata().language(), 1L, Long::sum);
        }
    }

    long total() {
        return byLanguage.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> byLanguage() {
        return Map.copyOf(byLanguage);
    }

    /** Like {@code 2 documents not in English (fr 1, ru 1): ...}; empty when there were none. */
    static String describe(Map<String, Long> byLanguage, String outcome) {
        long total = byLanguage.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "";
        }
        String languages = new TreeMap<>(byLanguage)
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return total + " document" + (total == 1 ? "" : "s") + " not in English (" + languages + "): " + outcome
                + ", skipped by language for the English analysis (no actors, dates, quotes or events).";
    }
}
