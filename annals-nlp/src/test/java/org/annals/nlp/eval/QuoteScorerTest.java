package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static ScoredQuote gold(
            QuoteKind kind, int start, int end, String text, String key, String name, String kind2) {
        return new ScoredQuote("d", kind, new Span(start, end), text, key, name, kind2);
    }

    private static ScoredQuote system(int start, int end, String text, String id, String name) {
        return ScoredQuote.system("d", QuoteKind.DIRECT, new Span(start, end), text, id, name);
    }

    @Test
    void aSystemQuoteCoveringHalfTheGoldSpanMatchesAndLessDoesNot() {
        ScoredQuote g = gold(QuoteKind.DIRECT, 0, 100, "x".repeat(100), "", "A", "person");
        assertTrue(QuoteScorer.spansMatch(g, system(50, 120, "", "", "")));
        assertFalse(QuoteScorer.spansMatch(g, system(51, 120, "", "", "")));
    }

    @Test
    void aShortGoldSpanAlsoMatchesTextEqualAfterTrimmingPunctuation() {
        ScoredQuote g = gold(QuoteKind.PARTIAL, 10, 16, "years.", "", "A", "person");
        assertTrue(QuoteScorer.spansMatch(g, system(10, 15, "years", "", "")));
        ScoredQuote longer = gold(QuoteKind.PARTIAL, 10, 16, "null and void", "", "A", "person");
        assertFalse(QuoteScorer.spansMatch(
                longer, ScoredQuote.system("other", QuoteKind.PARTIAL, new Span(10, 16), "null and void", "", "")));
    }

    @Test
    void eachGoldQuoteMatchesOneSystemQuoteTheOneOverlappingMost() {
        ScoredQuote g = gold(QuoteKind.DIRECT, 0, 100, "", "person:a-b", "A B", "person");
        ScoredQuote small = system(0, 60, "", "", "Nobody");
        ScoredQuote large = system(0, 95, "", "person:a-b", "A B");
        QuoteScorer.Result result = QuoteScorer.score(List.of(g), List.of(small, large), true);
        assertEquals(new Prf(1, 2, 1, 1), result.detection());
        assertEquals(new Prf(1, 2, 1, 1), result.attribution());
        assertEquals(List.of(small), result.spurious());
    }

    @Test
    void speakersMatchByKeyOrByLastTokenFoldingCaseAndDiacritics() {
        ScoredQuote g =
                gold(QuoteKind.DIRECT, 0, 10, "", "person:recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "person");
        assertTrue(QuoteScorer.speakerMatches(g, system(0, 10, "", "person:recep-tayyip-erdogan", "")));
        assertTrue(QuoteScorer.speakerMatches(g, system(0, 10, "", "person:erdogan", "ERDOGAN")));
        assertFalse(QuoteScorer.speakerMatches(g, system(0, 10, "", "person:vladimir-putin", "Vladimir Putin")));
        assertFalse(QuoteScorer.speakerMatches(g, system(0, 10, "", "", "")));
    }

    @Test
    void keylessGoldSpeakersAcceptAnEmptySystemSpeakerButKeyedOnesDoNot() {
        ScoredQuote group = gold(QuoteKind.INDIRECT, 0, 10, "", "", "critics", "group");
        ScoredQuote scare = gold(QuoteKind.SCARE, 0, 10, "", "", "", "none");
        assertTrue(QuoteScorer.speakerMatches(group, system(0, 10, "", "", "")));
        assertTrue(QuoteScorer.speakerMatches(scare, system(0, 10, "", "", "")));
        assertFalse(QuoteScorer.speakerMatches(scare, system(0, 10, "", "person:x-y", "X Y")));
    }

    @Test
    void systemsWithoutScareQuotesAreScoredWithGoldScareQuotesLeftOut() {
        ScoredQuote direct = gold(QuoteKind.DIRECT, 0, 10, "", "", "A", "person");
        ScoredQuote scare = gold(QuoteKind.SCARE, 20, 30, "", "", "", "none");
        QuoteScorer.Result result =
                QuoteScorer.score(List.of(direct, scare), List.of(system(0, 10, "", "", "A")), false);
        assertEquals(new Prf(1, 1, 1, 1), result.detection());
        assertFalse(result.detectionByGroup().containsKey(QuoteScorer.Group.SCARE));
    }

    @Test
    void groupsCountSystemQuotesByTheirKindAndGoldQuotesByTheirs() {
        ScoredQuote indirect = gold(QuoteKind.INDIRECT, 0, 10, "", "", "A", "person");
        ScoredQuote matchedAsDirect = system(0, 10, "", "", "A");
        QuoteScorer.Result result = QuoteScorer.score(List.of(indirect), List.of(matchedAsDirect), true);
        assertEquals(new Prf(0, 0, 1, 1), result.detectionByGroup().get(QuoteScorer.Group.INDIRECT));
        assertEquals(new Prf(1, 1, 0, 0), result.detectionByGroup().get(QuoteScorer.Group.MARKED));
        assertEquals(1, result.confusion().get(QuoteKind.INDIRECT).get("DIRECT"));
    }

    @Test
    void keyedAttributionCountsOnlyGoldQuotesWithAKey() {
        ScoredQuote keyed = gold(QuoteKind.DIRECT, 0, 10, "", "person:a-b", "A B", "person");
        ScoredQuote anonymous = gold(QuoteKind.DIRECT, 20, 30, "", "", "a source", "anonymous");
        QuoteScorer.Result result = QuoteScorer.score(
                List.of(keyed, anonymous), List.of(system(0, 10, "", "", "C D"), system(20, 30, "", "", "")), true);
        assertEquals(new Prf(0, 1, 0, 1), result.keyedAttribution());
        assertEquals(new Prf(1, 2, 1, 2), result.attribution());
    }
}
