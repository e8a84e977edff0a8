package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Event nouns whose actors stand outside the noun (NounFrames): participants after "between", the holder of an "in"
 * phrase, a support verb reduced to a participle, an act done "at" someone's request; sentences written for the
 * test.
 */
class NounFramesTest {
    private static Event only(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    // Talks between Chile and Peru resumed on Friday.
    private static final String TALKS_BETWEEN = """
            1 Talks talk NNS O 6 nsubj
            2 between between IN O 3 case
            3 Chile Chile NNP LOCATION 1 nmod
            4 and and CC O 5 cc
            5 Peru Peru NNP LOCATION 3 conj
            6 resumed resume VBD O 0 root
            7 . . . O 6 punct
            """;

    @Test
    void bothSidesNamedAfterBetweenConsultEachOther() {
        Event talks = only(code(TALKS_BETWEEN), "CONSULT");
        assertEquals(Set.of("CHL", "PER"), Set.copyOf(talks.sourceIds()));
        assertEquals(Set.of("CHL", "PER"), Set.copyOf(talks.targetIds()));
        assertTrue(talks.rule().contains("/between"), talks.rule());
    }

    @Test
    void oneSideOrNoActorAfterBetweenIsNoMeeting() {
        String oneSide = TALKS_BETWEEN.replace("5 Peru Peru NNP LOCATION 3 conj", "5 lunch lunch NN O 3 conj");
        assertEquals(List.of(), code(oneSide));
    }

    // Chile is part of a pact between Peru and Bolivia.
    private static final String PART_OF_PACT = """
            1 Chile Chile NNP LOCATION 4 nsubj
            2 is be VBZ O 4 cop
            3 part part NN O 0 root
            4 of of IN O 6 case
            5 a a DT O 6 det
            6 pact pact NN O 3 nmod
            7 between between IN O 8 case
            8 Peru Peru NNP LOCATION 6 nmod
            9 and and CC O 10 cc
            10 Bolivia Bolivia NNP LOCATION 8 conj
            11 . . . O 3 punct
            """.replace(
                    "1 Chile Chile NNP LOCATION 4 nsubj", "1 Chile Chile NNP LOCATION 3 nsubj")
            .replace("2 is be VBZ O 4 cop", "2 is be VBZ O 3 cop");

    @Test
    void aPactSomeoneIsPartOfIsAStandingArrangementNotAnAgreementMade() {
        assertEquals(
                List.of(),
                code(PART_OF_PACT).stream()
                        .filter(e -> e.type().equals("AGREE"))
                        .toList());
    }

    @Test
    void aPactBetweenTwoSignedTodayIsAnAgreement() {
        // "A pact between Peru and Bolivia was signed": the same noun as a happening.
        String signed = """
                1 A a DT O 2 det
                2 pact pact NN O 8 nsubj:pass
                3 between between IN O 4 case
                4 Peru Peru NNP LOCATION 2 nmod
                5 and and CC O 6 cc
                6 Bolivia Bolivia NNP LOCATION 4 conj
                7 was be VBD O 8 aux:pass
                8 signed sign VBN O 0 root
                9 . . . O 8 punct
                """;
        Event pact = only(code(signed), "AGREE");
        assertEquals(Set.of("PER", "BOL"), Set.copyOf(pact.sourceIds()));
    }

    // A memorandum was signed between Peru, Chile and Bolivia.
    private static final String SIGNED_BETWEEN = """
            1 A a DT O 2 det
            2 memorandum memorandum NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 signed sign VBN O 0 root
            5 between between IN O 6 case
            6 Peru Peru NNP LOCATION 4 obl
            7 , , , O 8 punct
            8 Chile Chile NNP LOCATION 6 conj
            9 and and CC O 10 cc
            10 Bolivia Bolivia NNP LOCATION 6 conj
            11 . . . O 4 punct
            """;

    @Test
    void regressionTheSidesNamedAfterBetweenOnThePassiveVerbOfTheNounAgree() {
        Event memorandum = only(code(SIGNED_BETWEEN), "AGREE");
        assertEquals(Set.of("PER", "CHL", "BOL"), Set.copyOf(memorandum.sourceIds()));
        assertEquals(Set.of("PER", "CHL", "BOL"), Set.copyOf(memorandum.targetIds()));
    }

    @Test
    void betweenOnAVerbWhoseObjectIsTheNounNamesNoSides() {
        // "Peru signed a memorandum between 2010 and Bolivia": the verb has a subject of its own, who signs.
        String active = SIGNED_BETWEEN
                .replace("1 A a DT O 2 det", "1 Ecuador Ecuador NNP LOCATION 4 nsubj")
                .replace("2 memorandum memorandum NN O 4 nsubj:pass", "2 memorandum memorandum NN O 4 obj")
                .replace("3 was be VBD O 4 aux:pass", "3 a a DT O 2 det")
                .replace("4 signed sign VBN O 0 root", "4 signed sign VBD O 0 root");
        Event memorandum = only(code(active), "AGREE");
        assertEquals(List.of("ECU"), memorandum.sourceIds());
    }

    // I welcome the agreement reached yesterday between Peru and Bolivia.
    private static final String REACHED_BETWEEN = """
            1 I I PRP O 2 nsubj
            2 welcome welcome VBP O 0 root
            3 the the DT O 4 det
            4 agreement agreement NN O 5 nsubj
            5 reached reach VBD O 2 ccomp
            6 yesterday yesterday NN O 5 obl:tmod
            7 between between IN O 8 case
            8 Peru Peru NNP LOCATION 5 obl
            9 and and CC O 10 cc
            10 Bolivia Bolivia NNP LOCATION 8 conj
            11 . . . O 2 punct
            """;

    @Test
    void regressionAnAgreementReachedBetweenTwoReadAsItsVerbsSubjectIsTheirs() {
        // The parser reads the reduced relative "the agreement reached ... between" as a clause with the noun as
        // subject and hangs "between" on the verb.
        Event agreement = only(code(REACHED_BETWEEN), "AGREE");
        assertEquals(Set.of("PER", "BOL"), Set.copyOf(agreement.sourceIds()));
        assertEquals(Set.of("PER", "BOL"), Set.copyOf(agreement.targetIds()));
    }

    @Test
    void twoPairsJoinedByTheParserAreNotPooled() {
        // "Talks between Chile and Peru and between Cuba resumed": the second pair is another meeting.
        String twoPairs = TALKS_BETWEEN
                .replace("6 resumed resume VBD O 0 root", """
                6 and and CC O 8 cc
                7 between between IN O 8 case
                8 Cuba Cuba NNP LOCATION 3 conj
                9 resumed resume VBD O 0 root""")
                .replace("1 Talks talk NNS O 6 nsubj", "1 Talks talk NNS O 9 nsubj")
                .replace("7 . . . O 6 punct", "10 . . . O 9 punct");
        assertEquals(List.of(), code(twoPairs));
    }

    @Test
    void aNounWithoutTheBetweenFrameIgnoresIt() {
        // "Trade between Chile and Peru resumed" is no event: trade is no event noun with that frame.
        String trade = TALKS_BETWEEN.replace("1 Talks talk NNS", "1 Trade trade NN");
        assertEquals(List.of(), code(trade));
    }

    // Bolivia patrols the border in cooperation with Brazil.
    private static final String IN_COOPERATION = """
            1 Bolivia Bolivia NNP LOCATION 2 nsubj
            2 patrols patrol VBZ O 0 root
            3 the the DT O 4 det
            4 border border NN O 2 obj
            5 in in IN O 6 case
            6 cooperation cooperation NN O 2 obl
            7 with with IN O 8 case
            8 Brazil Brazil NNP LOCATION 6 nmod
            9 . . . O 2 punct
            """;

    @Test
    void theSubjectOfTheClauseActsInCooperationWithTheOther() {
        Event cooperation = only(code(IN_COOPERATION), "COOPERATE");
        assertEquals(List.of("BOL"), cooperation.sourceIds());
        assertEquals(List.of("BRA"), cooperation.targetIds());
        assertTrue(cooperation.rule().contains("/support:* in"), cooperation.rule());
    }

    @Test
    void thePhraseHungOnTheObjectStillBelongsToTheClause() {
        String onObject =
                IN_COOPERATION.replace("6 cooperation cooperation NN O 2 obl", "6 cooperation cooperation NN O 4 nmod");
        Event cooperation = only(code(onObject), "COOPERATE");
        assertEquals(List.of("BOL"), cooperation.sourceIds());
    }

    @Test
    void cooperationWithSomethingThatIsNoActorIsNoEvent() {
        String school = IN_COOPERATION.replace("8 Brazil Brazil NNP LOCATION 6 nmod", "8 school school NN O 6 nmod");
        assertEquals(List.of(), code(school));
    }

    // Georgia, which is in a conflict with Russia, asked for help.
    private static final String IN_CONFLICT = """
            1 Georgia Georgia NNP LOCATION 11 nsubj
            2 , , , O 1 punct
            3 which which WDT O 8 nsubj
            4 is be VBZ O 8 cop
            5 in in IN O 8 case
            6 a a DT O 8 det
            7 military military JJ O 8 amod
            8 conflict conflict NN O 1 acl:relcl
            9 with with IN O 10 case
            10 Russia Russia NNP LOCATION 8 nmod
            11 asked ask VBD O 0 root
            12 for for IN O 13 case
            13 help help NN O 11 obl
            14 . . . O 11 punct
            """;

    @Test
    void aCountryInAConflictWithAnotherFightsIt() {
        Event conflict = only(code(IN_CONFLICT), "ASSAULT");
        assertEquals(List.of("GEO"), conflict.sourceIds());
        assertEquals(List.of("RUS"), conflict.targetIds());
        assertTrue(conflict.rule().startsWith("noun:conflict/support:* in"), conflict.rule());
    }

    @Test
    void aConflictWithTheLawNamesNoEnemy() {
        String law = IN_CONFLICT.replace("10 Russia Russia NNP LOCATION 8 nmod", "10 law law NN O 8 nmod");
        assertEquals(
                List.of(),
                code(law).stream().filter(e -> e.type().equals("ASSAULT")).toList());
    }

    // The record of a call made by Chile to Peru was released.
    private static final String CALL_MADE_BY =
            """
            1 The the DT O 2 det
            2 record record NN O 11 nsubj:pass
            3 of of IN O 5 case
            4 a a DT O 5 det
            5 call call NN O 2 nmod
            6 made make VBN O 5 acl
            7 by by IN O 8 case
            8 Chile Chile NNP LOCATION 6 obl:agent
            9 to to IN O 10 case
            10 Peru Peru NNP LOCATION 6 obl
            11 released release VBN O 0 root
            12 was be VBD O 11 aux:pass
            13 . . . O 11 punct
            """.replace("12 was be VBD O 11 aux:pass", "12 yesterday yesterday NN O 11 obl:tmod");

    @Test
    void aSupportVerbAsAParticipleOnItsNounNamesWhoActed() {
        Event call = only(code(CALL_MADE_BY), "CONSULT");
        assertEquals(List.of("CHL"), call.sourceIds());
        assertEquals(List.of("PER"), call.targetIds());
        assertTrue(call.rule().contains("/support:make/reduced"), call.rule());
    }

    @Test
    void onlyRowsThatListTheParticipleFrameTakeIt() {
        // "a lawsuit filed by Chile": lawsuit's row does not list by-participle, so its verb route alone tells it.
        String lawsuit = CALL_MADE_BY
                .replace("5 call call NN", "5 lawsuit lawsuit NN")
                .replace("6 made make VBN", "6 filed file VBN");
        assertEquals(List.of(), code(lawsuit));
    }

    @Test
    void aParticipleWithoutAnAgentNamesNobody() {
        String noAgent = CALL_MADE_BY
                .replace("7 by by IN O 8 case", "7 on on IN O 8 case")
                .replace("8 Chile Chile NNP LOCATION 6 obl:agent", "8 Monday Monday NNP DATE 6 obl");
        assertEquals(List.of(), code(noAgent));
    }

    @Test
    void aParticipleThatIsNoSupportVerbOfTheNounIsNoEvent() {
        // "a call heard by Chile" is Chile listening, not calling.
        String heard = CALL_MADE_BY.replace("6 made make VBN", "6 heard hear VBN");
        assertEquals(List.of(), code(heard));
    }

    // Ecuador sent troops at Colombia's request.
    private static final String AT_REQUEST = """
            1 Ecuador Ecuador NNP LOCATION 2 nsubj
            2 sent send VBD O 0 root
            3 troops troops NNS O 2 obj
            4 at at IN O 7 case
            5 Colombia Colombia NNP LOCATION 7 nmod:poss
            6 's 's POS O 5 case
            7 request request NN O 2 obl
            8 . . . O 2 punct
            """;

    @Test
    void whoActsAtARequestWasAskedByItsOwner() {
        Event request = only(code(AT_REQUEST), "REQUEST");
        assertEquals(List.of("COL"), request.sourceIds());
        assertEquals(List.of("ECU"), request.targetIds());
        assertTrue(request.rule().contains("/at-request"), request.rule());
    }

    @Test
    void anUnownedRequestNamesNoRequester() {
        String unowned =
                AT_REQUEST.replace("5 Colombia Colombia NNP LOCATION 7 nmod:poss", "5 their their PRP$ O 7 nmod:poss");
        assertEquals(
                List.of(),
                code(unowned).stream().filter(e -> e.type().equals("REQUEST")).toList());
    }
}
