package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Military, legal and asking acts added by the codebook, each with the sense test that keeps its other senses out
 * (ArmedSides, VerbSenses, "!SPEC" and clause rows in verbs.tsv); sentences written for the test.
 */
class CodebookActsTest {
    // The army defeated the Taliban.
    private static final String DEFEATED = """
            1 The the DT O 2 det
            2 army army NN O 3 nsubj
            3 defeated defeat VBD O 0 root
            4 the the DT O 5 det
            5 Taliban Taliban NNP ORGANIZATION 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void defeatingAnArmedGroupIsAnAssault() {
        Event event = only(code(DEFEATED));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("org:taliban"), event.targetIds());
    }

    @Test
    void anArmedGroupKnownByTwoNamesIsOneArmedActor() {
        String isil = DEFEATED.replace("5 Taliban Taliban NNP ORGANIZATION", "5 ISIL ISIL NNP ORGANIZATION");
        String daesh = DEFEATED.replace("5 Taliban Taliban NNP ORGANIZATION", "5 Daesh Daesh NNP ORGANIZATION");
        assertEquals(List.of("org:isil"), only(code(isil)).targetIds());
        assertEquals(List.of("org:isil"), only(code(daesh)).targetIds());
    }

    // Ana Ruiz defeated Okafor.
    private static final String DEFEATED_RIVAL = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 defeated defeat VBD O 0 root
            4 Okafor Okafor NNP PERSON 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void defeatingAnElectionRivalIsNoEvent() {
        assertEquals(List.of(), code(DEFEATED_RIVAL));
    }

    @Test
    void defeatingACountryIsNoEventSinceMatchesAndVotesAreToldSo() {
        String match = DEFEATED_RIVAL
                .replace("1 Ana Ana NNP PERSON 2 compound", "1 Chile Chile NNP LOCATION 2 compound")
                .replace("2 Ruiz Ruiz NNP PERSON 3 nsubj", "2 Chile Chile NNP LOCATION 3 nsubj")
                .replace("4 Okafor Okafor NNP PERSON 3 obj", "4 Peru Peru NNP LOCATION 3 obj");
        assertEquals(List.of(), code(match));
    }

    @Test
    void battlingAnArmedGroupIsAClashAndBattlingARivalIsNot() {
        Event clash = only(code(DEFEATED.replace("3 defeated defeat VBD", "3 battled battle VBD")));
        assertEquals("ASSAULT", clash.type());
        assertEquals("fight", clash.mode());
        assertEquals(List.of(), code(DEFEATED_RIVAL.replace("3 defeated defeat VBD", "3 battled battle VBD")));
    }

    @Test
    void fightingARivalIsNoEvent() {
        assertEquals(List.of(), code(DEFEATED_RIVAL.replace("3 defeated defeat VBD", "3 fought fight VBD")));
    }

    // Troops left Iraq.
    private static final String TROOPS_LEFT = """
            1 Troops troops NNS O 2 nsubj
            2 left leave VBD O 0 root
            3 Iraq Iraq NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void troopsLeavingACountryRetreatFromIt() {
        Event event = only(code(TROOPS_LEFT));
        assertEquals("RETREAT", event.type());
        assertEquals(List.of("IRQ"), event.targetIds());
    }

    @Test
    void aPersonLeavingACountryIsNoRetreat() {
        String travelled = TROOPS_LEFT.replace("1 Troops troops NNS O 2 nsubj", "1 Okafor Okafor NNP PERSON 2 nsubj");
        assertEquals(List.of(), code(travelled));
    }

    // Okafor was tried for fraud.
    private static final String TRIED = """
            1 Okafor Okafor NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 tried try VBN O 0 root
            4 for for IN O 5 case
            5 fraud fraud NN O 3 obl
            6 . . . O 3 punct
            """;

    @Test
    void beingTriedIsATrialWithTheCourtUnnamed() {
        Event event = only(code(TRIED));
        assertEquals("ACCUSE", event.type());
        assertEquals("trial", event.mode());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Chile tried to reach Okafor.
    private static final String TRIED_TO = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 tried try VBD O 0 root
            3 to to TO O 4 mark
            4 reach reach VB O 2 xcomp
            5 Okafor Okafor NNP PERSON 4 obj
            6 . . . O 2 punct
            """;

    @Test
    void tryingToDoSomethingIsNoTrial() {
        assertEquals(List.of(), code(TRIED_TO));
    }

    // Chile recommended that Peru raise the tax.
    private static final String RECOMMENDED = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 recommended recommend VBD O 0 root
            3 that that IN O 5 mark
            4 Peru Peru NNP LOCATION 5 nsubj
            5 raise raise VB O 2 ccomp
            6 the the DT O 7 det
            7 tax tax NN O 5 obj
            8 . . . O 2 punct
            """;

    @Test
    void recommendingThatAnActorActAsksIt() {
        Event event = only(code(RECOMMENDED));
        assertEquals("REQUEST", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void recommendingAPersonIsNoRequest() {
        String endorsed = DEFEATED_RIVAL.replace("3 defeated defeat VBD", "3 recommended recommend VBD");
        assertEquals(List.of(), code(endorsed));
    }

    // Chile invited Peru to talks.
    private static final String INVITED = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 invited invite VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 to to TO O 5 case
            5 talks talk NNS O 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void anInvitationToTalksConsultsTheGuest() {
        Event event = only(code(INVITED));
        assertEquals("CONSULT", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    // Chile invited Peru to open dialogue.
    private static final String INVITED_TO_OPEN = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 invited invite VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 to to TO O 5 mark
            5 open open VB O 2 xcomp
            6 dialogue dialogue NN O 5 obj
            7 . . . O 2 punct
            """;

    @Test
    void anInvitationToOpenDialogueConsultsTheGuest() {
        List<Event> events = code(INVITED_TO_OPEN);
        assertTrue(
                events.stream()
                        .anyMatch(
                                e -> e.type().equals("CONSULT") && e.targetIds().equals(List.of("PER"))),
                events.toString());
    }

    @Test
    void anInvitationToPerformIsNoEvent() {
        String perform = INVITED_TO_OPEN
                .replace("5 open open VB O 2 xcomp", "5 perform perform VB O 2 xcomp")
                .replace("6 dialogue dialogue NN O 5 obj", "6 there there RB O 5 advmod");
        assertEquals(List.of(), code(perform));
    }

    // Chile and Peru gathered in Lima to discuss the crisis.
    private static final String GATHERED = """
            1 Chile Chile NNP LOCATION 4 nsubj
            2 and and CC O 3 cc
            3 Peru Peru NNP LOCATION 1 conj
            4 gathered gather VBD O 0 root
            5 in in IN O 6 case
            6 Lima Lima NNP LOCATION 4 obl
            7 to to TO O 8 mark
            8 discuss discuss VB O 4 advcl
            9 the the DT O 10 det
            10 crisis crisis NN O 8 obj
            11 . . . O 4 punct
            """;

    @Test
    void gatheringToDiscussIsAMeetingOfThoseWhoGather() {
        Event event = only(code(GATHERED));
        assertEquals("CONSULT", event.type());
        assertEquals(List.of("CHL", "PER"), event.sourceIds().stream().sorted().toList());
    }

    @Test
    void gatheringToCelebrateIsNoMeeting() {
        assertEquals(List.of(), code(GATHERED.replace("8 discuss discuss VB", "8 celebrate celebrate VB")));
    }
}
