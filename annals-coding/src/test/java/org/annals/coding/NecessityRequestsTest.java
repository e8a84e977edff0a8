package org.annals.coding;

import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Needs said of another's act in a quotation; every sentence here is written for the test. */
class NecessityRequestsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // " It is essential that Canada reopens the border , " said Peruvian Ahmed .
    private static final String NEEDED = """
            1 " " `` O 4 punct
            2 It it PRP O 4 expl
            3 is be VBZ O 4 cop
            4 essential essential JJ O 12 ccomp
            5 that that IN O 7 mark
            6 Canada Canada NNP LOCATION 7 nsubj
            7 reopens reopen VBZ O 4 ccomp
            8 the the DT O 9 det
            9 border border NN O 7 obj
            10 , , , O 4 punct
            11 " " '' O 4 punct
            12 said say VBD O 0 root
            13 Peruvian Peruvian JJ MISC 14 amod
            14 Ahmed Ahmed NNP PERSON 12 nsubj
            15 . . . O 12 punct
            """;

    private static List<Event> saidByAhmed(String conll) {
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
        Span span = new Span(
                document.tokens().get(1).span().start(),
                document.tokens().get(8).span().end());
        Quote quote = new Quote(span, document.textOf(span), QuoteKind.DIRECT, "person:ahmed", null, "say", "");
        return EVENTS.apply(document.withQuotes(List.of(quote))).events();
    }

    @Test
    void aNeedSaidOfAnotherActorsActIsARequestOfThem() {
        // The shape of "It's essential that the regime and its backers provide the United Nations that access".
        Event e = only(saidByAhmed(NEEDED));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:necessity-request", e.rule());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void anyWordOfNeedTheFileListsAsksTheSame() {
        Event e = only(saidByAhmed(NEEDED.replace("essential essential JJ", "vital vital JJ")));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("CAN"), e.targetIds());
    }

    @Test
    void aNegatedNeedIsNoRequest() {
        assertEquals(List.of(), saidByAhmed(NEEDED.replace("3 is be VBZ O 4 cop", "3 not not RB O 4 advmod")));
    }

    @Test
    void aNeededStateOrAPassiveActAsksNothingOfAnyone() {
        String state = NEEDED.replace("7 reopens reopen VBZ O 4 ccomp", "7 is be VBZ O 4 ccomp")
                .replace("9 border border NN O 7 obj", "9 border border NN O 7 obl");
        assertEquals(List.of(), saidByAhmed(state), "it is important that there is a platform");
        String passive = NEEDED.replace(
                        "6 Canada Canada NNP LOCATION 7 nsubj", "6 Canada Canada NNP LOCATION 7 nsubj:pass")
                .replace("8 the the DT O 9 det", "8 be be VB O 7 aux:pass");
        assertEquals(List.of(), saidByAhmed(passive), "it is essential that Canada be punished");
    }

    @Test
    void aWordOfNeedNotSaidOfAnEmptyItAsksNothing() {
        // " Border talks are essential that ... " is no sentence; "the aid is essential" names no act asked.
        String ofANoun = NEEDED.replace("2 It it PRP O 4 expl", "2 Aid aid NN O 4 nsubj");
        assertEquals(List.of(), saidByAhmed(ofANoun));
        String unlisted = NEEDED.replace("essential essential JJ", "likely likely JJ");
        assertEquals(List.of(), saidByAhmed(unlisted), "a likelihood is no need");
    }

    @Test
    void anActOfTheSpeakersOwnSideIsNoRequest() {
        assertEquals(List.of(), saidByAhmed(NEEDED.replace("6 Canada Canada NNP LOCATION", "6 we we PRP O")));
    }
}
