package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Acts told without their author take the one the article gives (ActPerpetrators); sentences written for the test. */
class ActPerpetratorsTest {
    private static final String STABBED = """
            1 Omar Omar NNP PERSON 2 compound
            2 Nasser Nasser NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 stabbed stab VBN O 0 root
            5 on on IN O 6 case
            6 Monday Monday NNP DATE 4 obl
            7 . . . O 4 punct

            """;
    private static final String ARRESTED_FOR_THE_STABBING = """
            1 Police police NNS O 2 nsubj
            2 arrested arrest VBD O 0 root
            3 Li Li NNP PERSON 4 compound
            4 Wei Wei NNP PERSON 2 obj
            5 over over IN O 7 case
            6 the the DT O 7 det
            7 stabbing stabbing NN O 2 obl
            8 . . . O 2 punct

            """;
    private static final String CLAIMED = """
            1 Ali Ali NNP PERSON 2 compound
            2 Reza Reza NNP PERSON 3 nsubj
            3 claimed claim VBD O 0 root
            4 responsibility responsibility NN O 3 obj
            5 . . . O 3 punct

            """;
    private static final String DETAINED = """
            1 Li Li NNP PERSON 2 compound
            2 Wei Wei NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 detained detain VBN O 0 root
            5 . . . O 4 punct

            """;
    private static final String POLICE_GAVE_NO_DETAILS = """
            1 Police police NNS O 2 nsubj
            2 gave give VBD O 0 root
            3 no no DT O 4 det
            4 details detail NNS O 2 obj
            5 . . . O 2 punct

            """;

    private static Event ofType(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    @Test
    void anAttackWithoutAgentIsDoneByWhoeverIsArrestedForIt() {
        Event attack = ofType(code(STABBED + ARRESTED_FOR_THE_STABBING), "ASSAULT");
        assertEquals(List.of("person:li-wei"), attack.sourceIds());
        assertEquals(List.of("person:omar-nasser"), attack.targetIds());
        assertTrue(attack.rule().endsWith("+perpetrator:arrested"), attack.rule());
        String taggedAsGerund = ARRESTED_FOR_THE_STABBING.replace("stabbing stabbing NN", "stabbing stab VBG");
        assertEquals(
                List.of("person:li-wei"),
                ofType(code(STABBED + taggedAsGerund), "ASSAULT").sourceIds());
    }

    @Test
    void anAttackWithoutAgentIsDoneByWhoeverClaimsResponsibility() {
        Event attack = ofType(code(STABBED + CLAIMED), "ASSAULT");
        assertEquals(List.of("person:ali-reza"), attack.sourceIds());
        assertTrue(attack.rule().endsWith("+perpetrator:claimed"), attack.rule());
    }

    @Test
    void twoCandidateAuthorsLeaveTheAttackWithoutSource() {
        Event attack = ofType(code(STABBED + CLAIMED + ARRESTED_FOR_THE_STABBING), "ASSAULT");
        assertEquals(List.of(), attack.sourceIds());
    }

    @Test
    void anAttackToldAfterTheArrestIsNotTheOneTheArrestIsFor() {
        List<Event> attacks = code(STABBED + ARRESTED_FOR_THE_STABBING + """
                        1 Ana Ana NNP PERSON 2 compound
                        2 Ruiz Ruiz NNP PERSON 4 nsubj:pass
                        3 was be VBD O 4 aux:pass
                        4 stabbed stab VBN O 0 root
                        5 . . . O 4 punct
                        """).stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .toList();
        assertEquals(2, attacks.size(), attacks.toString());
        assertEquals(List.of("person:li-wei"), attacks.get(0).sourceIds());
        assertEquals(List.of(), attacks.get(1).sourceIds());
    }

    @Test
    void aClaimOfAnotherKindOfActIsNotAClaimOfTheStabbing() {
        String claimedABombing = """
                1 Ali Ali NNP PERSON 2 compound
                2 Reza Reza NNP PERSON 3 nsubj
                3 claimed claim VBD O 0 root
                4 responsibility responsibility NN O 3 obj
                5 for for IN O 7 case
                6 the the DT O 7 det
                7 bombing bombing NN O 4 nmod
                8 . . . O 3 punct
                """;
        assertEquals(
                List.of(), ofType(code(STABBED + claimedABombing), "ASSAULT").sourceIds());
        assertEquals(
                List.of("person:ali-reza"),
                ofType(code(STABBED + claimedABombing.replace("bombing", "attack")), "ASSAULT")
                        .sourceIds());
    }

    @Test
    void blamingTheAuthorOfAnAttackAlreadyToldIsAboutThatAttack() {
        String liWeiShotAnaRuiz = """
                1 Li Li NNP PERSON 2 compound
                2 Wei Wei NNP PERSON 3 nsubj
                3 shot shoot VBD O 0 root
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 obj
                6 . . . O 3 punct

                """;
        String blamedLiWei = """
                1 Greece Greece NNP LOCATION 2 nsubj
                2 blamed blame VBD O 0 root
                3 Li Li NNP PERSON 4 compound
                4 Wei Wei NNP PERSON 2 obj
                5 for for IN O 7 case
                6 the the DT O 7 det
                7 attack attack NN O 2 obl
                8 . . . O 2 punct
                """;
        assertEquals(
                List.of("person:li-wei"),
                ofType(code(STABBED + blamedLiWei), "ASSAULT").sourceIds());
        List<Event> attacks = code(liWeiShotAnaRuiz + STABBED + blamedLiWei).stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .toList();
        assertEquals(2, attacks.size(), attacks.toString());
        assertEquals(List.of("person:omar-nasser"), attacks.get(1).targetIds());
        assertEquals(List.of(), attacks.get(1).sourceIds(), "the blame is about the shooting Li Wei is told of");
    }

    @Test
    void aClaimToldBeforeAnyAttackClaimsNone() {
        assertEquals(List.of(), ofType(code(CLAIMED + STABBED), "ASSAULT").sourceIds());
    }

    @Test
    void anArrestWithoutAgentIsMadeByThePoliceTheArticleNames() {
        Event arrest = ofType(code(DETAINED + POLICE_GAVE_NO_DETAILS), "COERCE");
        assertEquals(1, arrest.sourceIds().size(), arrest.toString());
        assertTrue(arrest.sourceIds().get(0).contains("police"), arrest.toString());
        assertTrue(arrest.rule().endsWith("+perpetrator:police"), arrest.rule());
    }

    @Test
    void regressionAnArrestTakesNoPoliceNamedFarFromIt() {
        String rainedAgain = """
                1 It it PRP O 2 nsubj
                2 rained rain VBD O 0 root
                3 again again RB O 2 advmod
                4 . . . O 2 punct

                """;
        String article = POLICE_GAVE_NO_DETAILS + rainedAgain.repeat(4) + DETAINED;
        assertEquals(List.of(), ofType(code(article), "COERCE").sourceIds());
    }

    @Test
    void anArrestWithoutAgentInAnArticleNamingNoPoliceKeepsItsSourceEmpty() {
        assertEquals(List.of(), ofType(code(DETAINED), "COERCE").sourceIds());
    }
}
