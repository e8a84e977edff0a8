package org.annals.coding.eval;

import java.util.Locale;

/**
 * Whether a system event's sentence is one of a gold event's evidence sentences. Sentence splitters differ at the
 * edges (a quote, a dateline), so one containing the other counts.
 */
final class Evidence {
    private Evidence() {}

    static boolean shared(GoldEvent gold, SystemEvent system) {
        String sentence = normalise(system.evidence());
        if (sentence.isEmpty()) {
            return false;
        }
        return gold.evidence().stream()
                .map(Evidence::normalise)
                .anyMatch(e -> !e.isEmpty() && (e.contains(sentence) || sentence.contains(e)));
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
