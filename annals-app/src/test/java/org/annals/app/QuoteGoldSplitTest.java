package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.nlp.eval.ScoredQuote;
import org.junit.jupiter.api.Test;

/** DEV and TEST never share an article, and both follow the gold file's order. */
class QuoteGoldSplitTest {
    @Test
    void devIsTheFirst28ArticlesInFileOrderAndTestTheRest() {
        Map<String, List<ScoredQuote>> gold = new LinkedHashMap<>();
        for (int i = 40; i > 0; i--) {
            gold.put(String.format(Locale.ROOT, "article-%02d", i), List.of());
        }
        List<String> dev = List.copyOf(QuoteGoldSplit.DEV.of(gold).keySet());
        List<String> test = List.copyOf(QuoteGoldSplit.TEST.of(gold).keySet());
        assertEquals(28, dev.size());
        assertEquals("article-40", dev.get(0));
        assertEquals("article-13", dev.get(27));
        assertEquals(List.of("article-12", "article-11"), test.subList(0, 2));
        assertEquals(12, test.size());
        assertEquals(40, QuoteGoldSplit.ALL.of(gold).size());
    }
}
