package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.junit.jupiter.api.Test;

/** The events a reader of the seed article expects, on its real parse (see seed-excerpt.conll). */
class SeedExpectationsTest {
    private static final Document CODED =
            new EventStage().apply(new ActorStage().apply(ConllDocuments.resource("seed-excerpt.conll")));

    private static Event find(Predicate<Event> test) {
        return CODED.events().stream()
                .filter(test)
                .findFirst()
                .orElseThrow(() -> new AssertionError(Golden.events(CODED)));
    }

    @Test
    void putinAndXiMetInBeijingOnTuesday() {
        Event meeting = find(e -> e.type().equals("CONSULT") && e.sourceIds().contains("person:vladimir-putin"));
        assertTrue(meeting.targetIds().contains("person:xi-jinping"));
        assertEquals("2025-09-02", meeting.date());
        assertEquals("Beijing", meeting.place());
    }

    @Test
    void putinBlamedTheWestOnMonday() {
        Event blame = find(e -> e.type().equals("ACCUSE") && e.sourceIds().equals(List.of("person:vladimir-putin")));
        assertEquals(List.of("REG.WEST"), blame.targetIds());
        assertEquals("2025-09-01", blame.date());
    }

    @Test
    void gazpromDealWithChinasNationalOilCompany() {
        Event deal = find(e -> e.type().equals("AGREE"));
        assertEquals(List.of("org:gazprom"), deal.sourceIds());
        assertEquals(List.of("org:CHN:national-oil-company"), deal.targetIds());
        assertEquals("2025-09-02", deal.date());
        assertEquals(15.0, deal.quantities().get(0).value());
    }

    @Test
    void beijingAvoidedCondemningIsNegated() {
        Event condemn = find(e -> e.mode().equals("condemn"));
        assertEquals(List.of("CHN.GOV"), condemn.sourceIds());
        assertEquals(Modality.NEGATED, condemn.modality());
    }

    @Test
    void nothingFrom2022IsDatedWithThePublicationYear() {
        CODED.events().stream()
                .filter(e -> CODED.textOf(e.evidence()).contains("2022"))
                .forEach(e -> {
                    assertEquals(Modality.HISTORICAL, e.modality(), e.toString());
                    assertTrue(e.date().isEmpty() || e.date().startsWith("2022"), e.toString());
                });
    }
}
