package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class EntityScorerTest {
    private static EntitySpan e(int start, int end, String type) {
        return new EntitySpan("d", new Span(start, end), type);
    }

    @Test
    void exactNeedsEqualSpansOverlapAnySharedCharacter() {
        List<EntitySpan> gold = List.of(e(0, 16, "PERSON"));
        List<EntitySpan> system = List.of(e(10, 16, "PERSON"));
        assertEquals(new Prf(0, 1, 0, 1), EntityScorer.score(gold, system, EntityScorer.Extent.EXACT, true));
        assertEquals(new Prf(1, 1, 1, 1), EntityScorer.score(gold, system, EntityScorer.Extent.OVERLAP, true));
    }

    @Test
    void typedScoresNeedEqualTypesUntypedOnesDoNot() {
        List<EntitySpan> gold = List.of(e(0, 5, "LOCATION"));
        List<EntitySpan> system = List.of(e(0, 5, "ORGANISATION"));
        EntityScorer.Result result = EntityScorer.score(gold, system);
        assertEquals(0, result.exactTyped().found());
        assertEquals(1, result.exactUntyped().found());
    }

    @Test
    void oneSystemMentionOverlappingTwoGoldMentionsMatchesOnlyOne() {
        List<EntitySpan> gold = List.of(e(0, 5, "PERSON"), e(6, 10, "PERSON"));
        List<EntitySpan> system = List.of(e(0, 10, "PERSON"));
        assertEquals(new Prf(1, 1, 1, 2), EntityScorer.score(gold, system, EntityScorer.Extent.OVERLAP, false));
    }

    @Test
    void mentionsInOtherDocumentsNeverMatch() {
        List<EntitySpan> gold = List.of(e(0, 5, "PERSON"));
        List<EntitySpan> system = List.of(new EntitySpan("other", new Span(0, 5), "PERSON"));
        assertEquals(
                0,
                EntityScorer.score(gold, system, EntityScorer.Extent.EXACT, false)
                        .found());
    }

    @Test
    void gumNamesAreMentionsWhoseWordsAreCapitalisedFunctionWordsAside() {
        assertTrue(EntityCorpus.isProperName("Daughters of the American Revolution"));
        assertTrue(EntityCorpus.isProperName("the United States"));
        assertFalse(EntityCorpus.isProperName("the team"));
        assertFalse(EntityCorpus.isProperName("The President 's father"));
        assertFalse(EntityCorpus.isProperName("He"));
    }

    @Test
    void reThreeDEntitiesOnlyOneAnnotatorProposedAreLeftOut() {
        String line = "{\"id\":\"x\",\"text\":\"The Members of the Security Council met.\",\"entities\":["
                + "{\"begin\":0,\"end\":35,\"type\":\"Organisation\",\"confidence\":1},"
                + "{\"begin\":19,\"end\":35,\"type\":\"Organisation\",\"confidence\":0},"
                + "{\"begin\":0,\"end\":3,\"type\":\"Weapon\",\"confidence\":1}]}";
        EntityDocument document = EntityCorpus.RE3D.parse(line);
        assertEquals(List.of(new EntitySpan("x", new Span(0, 35), "ORGANISATION")), document.gold());
    }
}
