package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteTest {
    @Test
    void withSpeakerChangesOnlyTheSpeaker() {
        Quote quote = new Quote(
                new Span(10, 30), "prices rose", QuoteKind.INDIRECT, "TUR", new Span(0, 6), "say", "2025-09-02");

        Quote credited = quote.withSpeaker("TUR.GOV", new Span(0, 6));

        assertEquals(
                new Quote(
                        new Span(10, 30),
                        "prices rose",
                        QuoteKind.INDIRECT,
                        "TUR.GOV",
                        new Span(0, 6),
                        "say",
                        "2025-09-02"),
                credited);
    }
}
