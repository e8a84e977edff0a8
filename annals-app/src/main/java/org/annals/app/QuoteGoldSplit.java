package org.annals.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.nlp.eval.ScoredQuote;

/**
 * Which gold articles a quote evaluation scores. Rules are tuned looking at DEV errors only; TEST is held out and
 * measured before and after a round of changes, so its numbers say how the rules carry to unseen articles.
 */
enum QuoteGoldSplit {
    DEV,
    TEST,
    ALL;

    /** The first 28 articles in gold file order are DEV, the rest TEST. */
    static final int DEV_ARTICLES = 28;

    /** The articles of this split, keeping the gold file order. */
    Map<String, List<ScoredQuote>> of(Map<String, List<ScoredQuote>> goldByDocument) {
        Map<String, List<ScoredQuote>> chosen = new LinkedHashMap<>();
        int position = 0;
        for (Map.Entry<String, List<ScoredQuote>> entry : goldByDocument.entrySet()) {
            boolean dev = position < DEV_ARTICLES;
            if (this == ALL || (this == DEV) == dev) {
                chosen.put(entry.getKey(), entry.getValue());
            }
            position++;
        }
        return chosen;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
