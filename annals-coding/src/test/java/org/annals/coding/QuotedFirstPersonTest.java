package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** A first-person pronoun inside a quotation is the quotation's speaker; sentences written for the test. */
class QuotedFirstPersonTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // "We visited Peru last week," said Maria Lopez.
    private static final String VISITED = """
            1 " " `` O 3 punct
            2 We we PRP O 3 nsubj
            3 visited visit VBD O 9 ccomp
            4 Peru Peru NNP LOCATION 3 obj
            5 last last JJ O 6 amod
            6 week week NN O 3 obl:tmod
            7 , , , O 3 punct
            8 " " '' O 3 punct
            9 said say VBD O 0 root
            10 Maria Maria NNP PERSON 11 compound
            11 Lopez Lopez NNP PERSON 9 nsubj
            12 . . . O 9 punct
            """;

    private static Document resolved(String conll) {
        return ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
    }

    private static List<Event> code(Document document, String speaker) {
        Span span = new Span(
                document.tokens().get(1).span().start(),
                document.tokens().get(6).span().end());
        Quote quote = new Quote(span, document.textOf(span), QuoteKind.DIRECT, speaker, null, "say", "");
        return EVENTS.apply(document.withQuotes(List.of(quote))).events();
    }

    @Test
    void weInAQuotationIsItsSpeaker() {
        Document document = resolved(VISITED);
        String speaker = document.actors().stream()
                .filter(a -> a.name().contains("Lopez"))
                .findFirst()
                .orElseThrow()
                .id();
        List<Event> events = code(document, speaker);
        assertEquals(1, events.size(), events.toString());
        assertEquals("CONSULT", events.get(0).type());
        assertEquals(List.of(speaker), events.get(0).sourceIds());
        assertEquals(List.of("PER"), events.get(0).targetIds());
    }

    @Test
    void weOutsideAnyQuotationStaysUnresolved() {
        Document document = resolved(VISITED);
        assertEquals(List.of(), EVENTS.apply(document).events());
    }

    @Test
    void aQuotationWithoutResolvedSpeakerLendsNobody() {
        Document document = resolved(VISITED);
        assertEquals(List.of(), code(document, "person:nobody-known"));
    }

    @Test
    void theyInAQuotationIsNotTheSpeaker() {
        Document document = resolved(VISITED.replace("2 We we PRP", "2 They they PRP"));
        String speaker = document.actors().stream()
                .filter(a -> a.name().contains("Lopez"))
                .findFirst()
                .orElseThrow()
                .id();
        assertEquals(List.of(), code(document, speaker));
    }
}
