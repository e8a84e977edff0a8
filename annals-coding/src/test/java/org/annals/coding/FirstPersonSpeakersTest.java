package org.annals.coding;

import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Speech acts a quoted speaker makes in the first person; every sentence here is written for the test. */
class FirstPersonSpeakersTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // "I offer my support to Canada," said Ahmed.
    private static final String OFFERED_SUPPORT = """
            1 " " `` O 3 punct
            2 I I PRP O 3 nsubj
            3 offer offer VBP O 10 ccomp
            4 my my PRP$ O 5 nmod:poss
            5 support support NN O 3 obj
            6 to to IN O 7 case
            7 Canada Canada NNP LOCATION 5 nmod
            8 , , , O 3 punct
            9 " " '' O 3 punct
            10 said say VBD O 0 root
            11 Ahmed Ahmed NNP PERSON 10 nsubj
            12 . . . O 10 punct
            """;

    private static Document resolved(String conll) {
        return ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
    }

    // "We continue to urge Canada," said Ahmed.
    private static final String CONTROLLED = """
            1 " " `` O 3 punct
            2 We we PRP O 3 nsubj
            3 continue continue VBP O 9 ccomp
            4 to to TO O 5 mark
            5 urge urge VB O 3 xcomp
            6 Canada Canada NNP LOCATION 5 obj
            7 , , , O 3 punct
            8 " " '' O 3 punct
            9 said say VBD O 0 root
            10 Ahmed Ahmed NNP PERSON 9 nsubj
            11 . . . O 9 punct
            """;

    private static List<Event> saidByAhmed(String conll, String cue) {
        return saidByAhmed(conll, cue, 7);
    }

    private static List<Event> saidByAhmed(String conll, String cue, int lastQuoted) {
        Document document = resolved(conll);
        Span span = new Span(
                document.tokens().get(1).span().start(),
                document.tokens().get(lastQuoted).span().end());
        Quote quote = new Quote(span, document.textOf(span), QuoteKind.DIRECT, "person:ahmed", null, cue, "");
        return EVENTS.apply(document.withQuotes(List.of(quote))).events();
    }

    @Test
    void supportOfferedInTheFirstPersonIsTheSpeakers() {
        Event event = only(saidByAhmed(OFFERED_SUPPORT, "say"));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("person:ahmed"), event.sourceIds());
        assertEquals(List.of("CAN"), event.targetIds());
    }

    @Test
    void aRequestTheSpeakerSaysTheyContinueToMakeIsTheSpeakers() {
        Event event = only(saidByAhmed(CONTROLLED, "say", 5));
        assertEquals("REQUEST", event.type());
        assertEquals(List.of("person:ahmed"), event.sourceIds());
        assertEquals(List.of("CAN"), event.targetIds());
        assertEquals("verb:urge/first-person", event.rule());
    }

    @Test
    void withoutAQuoteTheFirstPersonHasNoSource() {
        assertEquals(List.of(), EVENTS.apply(resolved(OFFERED_SUPPORT)).events());
    }

    @Test
    void anActTheSpeakerToldInThePastIsNotMadeBySayingIt() {
        String past = OFFERED_SUPPORT.replace("3 offer offer VBP O 10 ccomp", "3 offered offer VBD O 10 ccomp");
        assertEquals(List.of(), saidByAhmed(past, "say"));
    }

    @Test
    void aRelayedQuoteGivesItsCreditNoFirstPerson() {
        assertEquals(List.of(), saidByAhmed(OFFERED_SUPPORT, "according to"));
    }
}
