package org.annals.coding.eval;

import java.util.Locale;

/**
 * Whether a system event's sentence is one of a gold event's evidence sentences. Sentence splitters differ at the
 * edges (a quote, a dateline), so one containing the other counts.
 */
final class Evidence {
    private Evidence() {}

    static boolean shared(GoldEvent gold, SystemEvent system) {
        return gold.evidence().stream().anyMatch(evidence -> shared(evidence, system));
    }

    static boolean shared(String goldSentence, SystemEvent system) {
        String sentence = normalise(system.evidence());
        String evidence = normalise(goldSentence);
        return !sentence.isEmpty()
                && !evidence.isEmpty()
                && (evidence.contains(sentence) || sentence.contains(evidence));
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
