package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class IdentityScorerTest {
    private static IdentityMention m(String doc, int start, String key) {
        return new IdentityMention(doc, new Span(start, start + 5), "", key, "person");
    }

    @Test
    void perfectClusteringScoresOne() {
        List<IdentityMention> gold = List.of(m("a", 0, "X"), m("b", 0, "X"), m("b", 10, "Y"));
        IdentityScorer.Result result = IdentityScorer.score(gold, List.of("x", "x", "y"), 5);
        assertEquals(1.0, result.all().precision(), 1e-9);
        assertEquals(1.0, result.all().recall(), 1e-9);
        assertEquals(new IdentityScorer.Pairs(1, 0, 0), result.crossDocument());
    }

    @Test
    void bCubedFollowsTheTextbookExample() {
        // Gold {1,2,3}{4}; system {1,2}{3,4}: precision (1+1+1/2+1/2)/4, recall (2/3+2/3+1/3+1)/4.
        List<IdentityMention> gold = List.of(m("a", 0, "X"), m("a", 10, "X"), m("a", 20, "X"), m("a", 30, "Y"));
        IdentityScorer.BCubed b =
                IdentityScorer.score(gold, List.of("s", "s", "t", "t"), 5).all();
        assertEquals(0.75, b.precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, b.recall(), 1e-9);
    }

    @Test
    void pairsAcrossArticlesCountMergesAndSplitsSeparatelyFromPairsWithinOne() {
        // Andrew and Boris Johnson given one id in two articles: a cross-document false merge.
        List<IdentityMention> gold = List.of(m("a", 0, "Boris"), m("b", 0, "Andrew"), m("b", 10, "Andrew"));
        IdentityScorer.Result result = IdentityScorer.score(gold, List.of("johnson", "johnson", "other"), 5);
        assertEquals(new IdentityScorer.Pairs(0, 1, 0), result.crossDocument());
        assertEquals(new IdentityScorer.Pairs(0, 0, 1), result.withinDocument());
        assertEquals("Andrew + Boris", result.worstMerges().get(0).keys());
        assertEquals("Andrew", result.worstSplits().get(0).keys());
    }

    @Test
    void goldMentionsAlignToTheSystemMentionOverlappingMostAndUnalignedOnesAreSingletons() {
        List<IdentityMention> gold = List.of(m("a", 0, "X"), m("a", 10, "X"), m("a", 20, "X"));
        Map<String, List<SystemMention>> system = Map.of(
                "a",
                List.of(
                        new SystemMention(new Span(0, 2), "small", ""),
                        new SystemMention(new Span(0, 5), "x", ""),
                        new SystemMention(new Span(10, 15), "", "")));
        List<String> labels = IdentityScorer.align(gold, system);
        assertEquals("x", labels.get(0));
        IdentityScorer.Result result = IdentityScorer.score(gold, labels, 5);
        assertEquals(1.0 / 3, result.all().recall(), 1e-9);
        assertEquals(1.0, result.all().precision(), 1e-9);
    }
}
