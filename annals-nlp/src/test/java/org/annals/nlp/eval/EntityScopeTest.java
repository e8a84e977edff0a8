package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class EntityScopeTest {
    private static final String TEXT = "He met Ann Lee. She said her plan works.";

    private static EntityDocument document() {
        Document document =
                Document.of("d", new Provenance("test", "", "", ""), new Metadata("", "", "", null, "en"), TEXT);
        return new EntityDocument(document, new Span(0, TEXT.length()), List.of());
    }

    private static final List<EntitySpan> FOUND = List.of(
            new EntitySpan("d", new Span(0, 2), "PERSON"),
            new EntitySpan("d", new Span(7, 14), "PERSON"),
            new EntitySpan("d", new Span(16, 19), "PERSON"),
            new EntitySpan("d", new Span(25, 28), "PERSON"));

    @Test
    void namesOnlySetsLeavePersonalPronounsOutOfEverySystemsMentions() {
        assertEquals(List.of(FOUND.get(1)), EntityCorpus.GUM.inScope(document(), FOUND));
        assertEquals(List.of(FOUND.get(1)), EntityCorpus.MEANTIME.inScope(document(), FOUND));
    }

    @Test
    void setsThatMarkPronounsScoreThem() {
        assertEquals(FOUND, EntityCorpus.RE3D.inScope(document(), FOUND));
    }

    @Test
    void onlyPronounsThatCanOnlyMeanAPersonArePersonal() {
        assertEquals(true, PersonalPronouns.is(" His "));
        assertEquals(false, PersonalPronouns.is("they"));
        assertEquals(false, PersonalPronouns.is("Hiss"));
    }
}
