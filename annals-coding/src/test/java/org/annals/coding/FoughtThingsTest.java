package org.annals.coding;

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
 * A judging word in the place of what is fought names the thing fought: "Canada fights terrorism" judges nobody.
 * Every sentence here is written for the test, parsed as the parser gives such sentences.
 */
class FoughtThingsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // " Canada VERB terrorism , " said Maria Lopez .
    private static final String CANADA_VERB_TERRORISM = """
            1 " " `` O 3 punct
            2 Canada Canada NNP LOCATION 3 nsubj
            3 VERB VERB VBZ O 7 ccomp
            4 terrorism terrorism NN O 3 obj
            5 , , , O 3 punct
            6 " " '' O 3 punct
            7 said say VBD O 0 root
            8 Maria Maria NNP PERSON 9 compound
            9 Lopez Lopez NNP PERSON 7 nsubj
            10 . . . O 7 punct
            """;

    // " Canada leads the NOUN against terrorism , " said Maria Lopez .
    private static final String CANADA_LEADS_THE_FIGHT = """
            1 " " `` O 3 punct
            2 Canada Canada NNP LOCATION 3 nsubj
            3 leads lead VBZ O 10 ccomp
            4 the the DT O 5 det
            5 NOUN NOUN NN O 3 obj
            6 against against IN O 7 case
            7 terrorism terrorism NN O 5 nmod
            8 , , , O 3 punct
            9 " " '' O 3 punct
            10 said say VBD O 0 root
            11 Maria Maria NNP PERSON 12 compound
            12 Lopez Lopez NNP PERSON 10 nsubj
            13 . . . O 10 punct
            """;

    private static List<Event> accusations(String conll, int lastQuoted) {
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
        Span span = new Span(
                document.tokens().get(1).span().start(),
                document.tokens().get(lastQuoted).span().end());
        Quote quote = new Quote(span, document.textOf(span), QuoteKind.DIRECT, "person:maria-lopez", null, "say", "");
        return EVENTS.apply(document.withQuotes(List.of(quote))).events().stream()
                .filter(e -> e.type().equals("ACCUSE"))
                .toList();
    }

    @Test
    void terrorismAsTheObjectOfFightingJudgesNobody() {
        List<Event> events = accusations(CANADA_VERB_TERRORISM.replace("VERB VERB", "fights fight"), 3);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void aFightingVerbTheLemmatiserGotWrongStillFightsItsObject() {
        List<Event> events = accusations(CANADA_VERB_TERRORISM.replace("VERB VERB VBZ", "combating combate VBG"), 3);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void terrorismAfterAFightNounJudgesNobody() {
        List<Event> events = accusations(CANADA_LEADS_THE_FIGHT.replace("NOUN NOUN", "fight fight"), 6);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void terrorismThatTheSubjectSponsorsStillAccusesIt() {
        List<Event> events = accusations(CANADA_VERB_TERRORISM.replace("VERB VERB", "sponsors sponsor"), 3);
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("CAN"), events.get(0).targetIds());
    }

    @Test
    void terrorismAgainstANounThatIsNoFightStillAccuses() {
        List<Event> events = accusations(CANADA_LEADS_THE_FIGHT.replace("NOUN NOUN", "complaint complaint"), 6);
        assertEquals(1, events.size(), events.toString());
    }
}
