package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.coding.Dyads.Dyad;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Each source with each target, as the field's dyadic records are. */
class DyadsTest {
    private static Event event(List<String> sources, List<String> targets) {
        return new Event(
                "e1",
                "COOPERATE",
                "",
                sources,
                targets,
                "",
                null,
                "",
                "",
                Modality.ASSERTED,
                0,
                0,
                new Span(0, 10),
                new Span(0, 4),
                "",
                List.of(),
                List.of(),
                null,
                null);
    }

    @Test
    void coordinatedSourcesEachActOnEachTarget() {
        assertEquals(
                List.of(new Dyad("A", "D"), new Dyad("B", "D"), new Dyad("C", "D")),
                Dyads.of(event(List.of("A", "B", "C"), List.of("D"))));
    }

    @Test
    void aSymmetricEventGivesBothDirectionsAndNoActorFacesItself() {
        assertEquals(
                List.of(new Dyad("A", "B"), new Dyad("B", "A")), Dyads.of(event(List.of("A", "B"), List.of("A", "B"))));
    }

    @Test
    void anEmptySideStaysAnEmptyCode() {
        assertEquals(List.of(new Dyad("A", ""), new Dyad("B", "")), Dyads.of(List.of("A", "B"), List.of()));
        assertEquals(List.of(new Dyad("", "T")), Dyads.of(List.of(), List.of("T")));
        assertEquals(List.of(new Dyad("", "")), Dyads.of(List.of(), List.of()));
    }

    @Test
    void anActorOnlyWithItselfKeepsTheActWithNoOtherSide() {
        assertEquals(List.of(new Dyad("EU", "")), Dyads.of(List.of("EU"), List.of("EU")));
    }

    @Test
    void aPairNamedTwiceIsOneDyad() {
        assertEquals(List.of(new Dyad("A", "B")), Dyads.of(List.of("A", "A"), List.of("B")));
    }
}
