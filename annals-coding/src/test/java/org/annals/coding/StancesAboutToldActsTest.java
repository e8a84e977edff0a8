package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
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
 * A stance about an act whose author is not in its sentence ("condemned the attack", "the murder is unacceptable")
 * is aimed at the author of the act the noun retells: the source of the act told most prominently before it, never
 * whom the act was done to; every sentence here is written for the test.
 */
class StancesAboutToldActsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static final String LEAD_ATTACK = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 attacked attack VBD O 0 root
            3 Somalia Somalia NNP LOCATION 2 obj
            4 . . . O 2 punct

            """;

    private static final String ATTACK_IN_PASSING = """
            1 Li Li NNP PERSON 2 compound
            2 Wei Wei NNP PERSON 7 nsubj
            3 , , , O 2 punct
            4 who who WP O 5 nsubj
            5 attacked attack VBD O 2 acl:relcl
            6 Uganda Uganda NNP LOCATION 5 obj
            7 fled flee VBD O 0 root
            8 . . . O 7 punct

            """;

    private static final String CONDEMNED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 condemned condemn VBD O 0 root
            4 the the DT O 5 det
            5 attack attack NN O 3 obj
            6 . . . O 3 punct
            """;

    private static Event condemnation(List<Event> events) {
        List<Event> accusations = events.stream()
                .filter(e -> e.type().equals("ACCUSE") && e.sourceIds().equals(List.of("person:ana-ruiz")))
                .toList();
        assertEquals(1, accusations.size(), events.toString());
        return accusations.get(0);
    }

    @Test
    void theActToldInTheLeadIsTheOneJudgedNotANearerOneToldInPassing() {
        Event e = condemnation(code(LEAD_ATTACK + ATTACK_IN_PASSING + CONDEMNED));
        assertEquals(List.of("KEN"), e.targetIds());
        assertTrue(e.rule().endsWith("+act-author:earlier-attack"), e.rule());
    }

    @Test
    void theOnlyActOfItsKindToldBeforeIsJudgedEvenWhenToldInPassing() {
        Event e = condemnation(code(ATTACK_IN_PASSING + CONDEMNED));
        assertEquals(List.of("person:li-wei"), e.targetIds());
    }

    @Test
    void twoActsToldInPassingLeaveTheAuthorUnknown() {
        String otherInPassing = ATTACK_IN_PASSING
                .replace("1 Li Li NNP PERSON 2 compound", "1 Omar Omar NNP PERSON 2 compound")
                .replace("2 Wei Wei NNP PERSON 7 nsubj", "2 Nasser Nasser NNP PERSON 7 nsubj")
                .replace("6 Uganda Uganda NNP LOCATION", "6 Kenya Kenya NNP LOCATION");
        Event e = condemnation(code(otherInPassing + ATTACK_IN_PASSING + CONDEMNED));
        assertEquals(List.of(), e.targetIds());
    }

    @Test
    void aPlannedActIsNoAntecedent() {
        String planned = """
                1 Kenya Kenya NNP LOCATION 3 nsubj
                2 will will MD O 3 aux
                3 attack attack VB O 0 root
                4 Somalia Somalia NNP LOCATION 3 obj
                5 . . . O 3 punct

                """;
        Event e = condemnation(code(planned + CONDEMNED));
        assertEquals(List.of(), e.targetIds());
    }

    private static final String ASSAILANTS_ATTACKED = """
            1 Gunmen gunman NNS O 2 nsubj
            2 attacked attack VBD O 0 root
            3 Omar Omar NNP PERSON 4 compound
            4 Nasser Nasser NNP PERSON 2 obj
            5 . . . O 2 punct

            """;

    // "'Nasser's murder is unacceptable,' said Ahmed."
    private static final String MURDER_UNACCEPTABLE = """
            1 " " `` O 7 punct
            2 Nasser Nasser NNP PERSON 4 nmod:poss
            3 's 's POS O 2 case
            4 NOUN NOUN NN O 7 nsubj
            5 is be VBZ O 7 cop
            6 JUDGED JUDGED RB O 7 advmod
            7 unacceptable unacceptable JJ O 10 ccomp
            8 , , , O 7 punct
            9 " " '' O 7 punct
            10 said say VBD O 0 root
            11 Ahmed Ahmed NNP PERSON 10 nsubj
            12 . . . O 10 punct
            """;

    private static List<Event> saidByAhmed(String before, String quoted) {
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + before + quoted));
        int first = document.tokens().size() - 12;
        Span span = new Span(
                document.tokens().get(first).span().start(),
                document.tokens().get(first + 8).span().end());
        Quote quote = new Quote(span, document.textOf(span), QuoteKind.DIRECT, "person:ahmed", null, "say", "");
        return EVENTS.apply(document.withQuotes(List.of(quote))).events().stream()
                .filter(e -> e.sourceIds().equals(List.of("person:ahmed")))
                .toList();
    }

    private static String murder(String noun) {
        return MURDER_UNACCEPTABLE
                .replace("4 NOUN NOUN NN", "4 " + noun + " " + noun + " NN")
                .replace("6 JUDGED JUDGED RB O 7 advmod", "6 simply simply RB O 7 advmod");
    }

    @Test
    void anActOfForceDoneToItsOwnerIsJudgedAsItsAuthorsAndCondemned() {
        List<Event> events = saidByAhmed(ASSAILANTS_ATTACKED, murder("murder"));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("ACCUSE", e.type());
        assertEquals("criticize", e.mode());
        assertEquals(List.of("group:gunman"), e.targetIds());
        assertTrue(e.rule().contains("+act-author:earlier-murder+act-of-force"), e.rule());
    }

    @Test
    void aRulingFoundUnacceptableIsStillRejected() {
        String ruled = """
                1 Judge judge NNP O 3 compound
                2 Ina Ina NNP PERSON 3 compound
                3 Vale Vale NNP PERSON 4 nsubj
                4 ruled rule VBD O 0 root
                5 against against IN O 7 case
                6 Omar Omar NNP PERSON 7 compound
                7 Nasser Nasser NNP PERSON 4 obl
                8 . . . O 4 punct

                """;
        List<Event> events =
                saidByAhmed(ruled, murder("ruling").replace("2 Nasser Nasser NNP PERSON", "2 Vale Vale NNP PERSON"));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ACCUSE")), events.toString());
    }

    @Test
    void withNoActToldBeforeTheOwnerIsWhatIsJudged() {
        List<Event> events = saidByAhmed("", murder("murder"));
        assertTrue(events.stream().noneMatch(e -> e.targetIds().contains("group:gunman")), events.toString());
    }
}
