package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventMentionsTest {
    private static final Span LEAD = new Span(0, 40);
    private static final Span BODY = new Span(200, 260);
    private static final Span CLOSING = new Span(400, 450);

    private static Event toldIn(Span evidence) {
        return new Event(
                "d:1",
                "CONSULT",
                "",
                List.of("A"),
                List.of("B"),
                "2024-03-05",
                Granularity.DAY,
                "",
                "",
                Modality.ASSERTED,
                1.0,
                0.9,
                evidence,
                new Span(evidence.start() + 1, evidence.start() + 5),
                "meet",
                List.of(),
                List.of(),
                Location.NONE,
                null);
    }

    @Test
    void anEventToldOnceHasNoMentions() {
        assertEquals(List.of(), toldIn(LEAD).mentions());
    }

    @Test
    void aMergedTellingBecomesAMentionOfTheKeptEvent() {
        Event kept = toldIn(LEAD).withTellingsOf(toldIn(BODY));

        assertEquals(LEAD, kept.evidence());
        assertEquals(List.of(BODY), kept.mentions());
    }

    @Test
    void mentionsAreInTextOrderWithoutDuplicatesAndNeverTheEvidence() {
        Event kept = toldIn(LEAD)
                .withTellingsOf(toldIn(CLOSING))
                .withTellingsOf(toldIn(BODY))
                .withTellingsOf(toldIn(BODY))
                .withTellingsOf(toldIn(LEAD));

        assertEquals(List.of(BODY, CLOSING), kept.mentions());
    }

    @Test
    void aRetellingCarriesTheTellingsAlreadyMergedIntoIt() {
        Event retelling = toldIn(BODY).withTellingsOf(toldIn(CLOSING));

        assertEquals(
                List.of(BODY, CLOSING), toldIn(LEAD).withTellingsOf(retelling).mentions());
    }

    @Test
    void otherWithersKeepTheMentions() {
        Event kept = toldIn(LEAD).withTellingsOf(toldIn(BODY)).withId("d:7");

        assertEquals(List.of(BODY), kept.mentions());
    }
}
