package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/**
 * "The coalition" named by the word alone acts as a group; the word as a modifier names nobody; and a stance noun
 * that owns another noun judges no one, now that such a coalition can be the subject of a quoted clause.
 */
class CoalitionsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // The coalition condemned Russia.
    private static final String THE_COALITION = """
            1 The the DT O 2 det
            2 coalition coalition NN O 3 nsubj
            3 condemned condemn VBD O 0 root
            4 Russia Russia NNP LOCATION 3 obj
            5 . . . O 3 punct
            """;

    // The coalition government condemned Russia.
    private static final String COALITION_GOVERNMENT = """
            1 The the DT O 3 det
            2 coalition coalition NN O 3 compound
            3 government government NN O 4 nsubj
            4 condemned condemn VBD O 0 root
            5 Russia Russia NNP LOCATION 4 obj
            6 . . . O 4 punct
            """;

    @Test
    void regressionTheCoalitionAsTheSubjectOfAnActIsItsSource() {
        Event event = only(code(THE_COALITION));
        assertEquals("ACCUSE", event.type());
        assertEquals(List.of("group:coalition"), event.sourceIds());
        assertEquals(List.of("RUS"), event.targetIds());
    }

    @Test
    void coalitionAsAModifierOfAnotherNounIsNoActor() {
        List<Event> events = code(COALITION_GOVERNMENT);
        assertTrue(
                events.stream()
                        .noneMatch(e -> e.sourceIds().contains("group:coalition")
                                || e.targetIds().contains("group:coalition")),
                events::toString);
    }

    // "The coalition sends condolences to this hero's family," Maria Lopez said.
    private static final String THIS_HEROS_FAMILY = """
            1 " " `` O 3 punct
            2 coalition coalition NN O 3 nsubj
            3 sends send VBZ O 12 ccomp
            4 condolences condolence NNS O 3 obj
            5 to to IN O 9 case
            6 this this DT O 7 det
            7 hero hero NN O 9 nmod:poss
            8 's 's POS O 7 case
            9 family family NN O 3 obl
            10 , , , O 3 punct
            11 " " '' O 3 punct
            12 said say VBD O 0 root
            13 Maria Maria NNP PERSON 14 compound
            14 Lopez Lopez NNP PERSON 12 nsubj
            15 . . . O 12 punct
            """;

    @Test
    void regressionAStanceNounOwningAnotherNounDoesNotJudgeTheQuotedSubject() {
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + THIS_HEROS_FAMILY));
        Span span = new Span(
                document.tokens().get(1).span().start(),
                document.tokens().get(8).span().end());
        Quote said = new Quote(span, document.textOf(span), QuoteKind.DIRECT, "person:maria-lopez", null, "say", "");
        List<Event> events = EVENTS.apply(document.withQuotes(List.of(said))).events();
        assertTrue(events.stream().noneMatch(e -> e.rule().startsWith("stance:hero")), events::toString);
        assertTrue(
                events.stream().anyMatch(e -> e.sourceIds().contains("group:coalition")),
                () -> "the coalition's condolences stay: " + events);
    }
}
