package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** "The attacker", "the suspect", "the victim" stand for the one actor given that part (RoleNouns); test sentences. */
class RoleNounsTest {
    private static final String LI_WEI_STABBED_OMAR_NASSER = """
            1 Li Li NNP PERSON 2 compound
            2 Wei Wei NNP PERSON 3 nsubj
            3 stabbed stab VBD O 0 root
            4 Omar Omar NNP PERSON 5 compound
            5 Nasser Nasser NNP PERSON 3 obj
            6 in in IN O 7 case
            7 Lagos Lagos NNP LOCATION 3 obl
            8 . . . O 3 punct

            """;
    private static final String ANA_RUIZ_SHOT_TOM_BERG = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 shot shoot VBD O 0 root
            4 Tom Tom NNP PERSON 5 compound
            5 Berg Berg NNP PERSON 3 obj
            6 . . . O 3 punct

            """;

    private static String residents(String verb, String lemma, String roleNoun) {
        return String.format(Locale.ROOT, """
                1 Residents resident NNS O 2 nsubj
                2 %s %s VBD O 0 root
                3 the the DT O 4 det
                4 %s %s NN O 2 obj
                5 . . . O 2 punct

                """, verb, lemma, roleNoun, roleNoun);
    }

    private static Event byTrigger(List<Event> events, String type, String source) {
        List<Event> found = events.stream()
                .filter(e -> e.type().equals(type) && e.sourceIds().equals(List.of(source)))
                .toList();
        assertEquals(1, found.size(), events.toString());
        return found.get(0);
    }

    @Test
    void theAttackerIsWhoeverTheArticleTellsAttacked() {
        List<Event> events = code(LI_WEI_STABBED_OMAR_NASSER + residents("attacked", "attack", "assailant"));
        Event revenge = byTrigger(events, "ASSAULT", "group:resident");
        assertEquals(List.of("person:li-wei"), revenge.targetIds());
        assertTrue(revenge.rule().endsWith("+role:attacker"), revenge.rule());
    }

    @Test
    void theVictimIsWhomeverTheArticleTellsAttacked() {
        Event praise = byTrigger(
                code(LI_WEI_STABBED_OMAR_NASSER + residents("praised", "praise", "victim")),
                "SUPPORT",
                "group:resident");
        assertEquals(List.of("person:omar-nasser"), praise.targetIds());
        assertTrue(praise.rule().endsWith("+role:victim"), praise.rule());
    }

    @Test
    void theSuspectIsWhoeverTheArticleTellsArrested() {
        String arrested = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 2 obj
                5 . . . O 2 punct

                """;
        Event praise =
                byTrigger(code(arrested + residents("praised", "praise", "suspect")), "SUPPORT", "group:resident");
        assertEquals(List.of("person:ana-ruiz"), praise.targetIds());
        assertTrue(praise.rule().endsWith("+role:accused"), praise.rule());
    }

    @Test
    void twoAttackersInTheArticleLeaveTheRoleNounAsItIs() {
        List<Event> events = code(
                LI_WEI_STABBED_OMAR_NASSER + ANA_RUIZ_SHOT_TOM_BERG + residents("attacked", "attack", "assailant"));
        Event revenge = byTrigger(events, "ASSAULT", "group:resident");
        assertEquals(List.of("group:assailant"), revenge.targetIds());
        assertTrue(!revenge.rule().contains("+role:"), revenge.rule());
    }

    @Test
    void aRoleNounWithItsOwnNameKeepsIt() {
        String attackedTheAssailantTomBerg = """
                1 Residents resident NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 the the DT O 4 det
                4 assailant assailant NN O 2 obj
                5 , , , O 4 punct
                6 Tom Tom NNP PERSON 7 compound
                7 Berg Berg NNP PERSON 4 appos
                8 . . . O 2 punct

                """;
        Event revenge =
                byTrigger(code(LI_WEI_STABBED_OMAR_NASSER + attackedTheAssailantTomBerg), "ASSAULT", "group:resident");
        assertEquals(List.of("person:tom-berg"), revenge.targetIds());
        assertTrue(!revenge.rule().contains("+role:"), revenge.rule());
    }

    @Test
    void anAttackerIntroducedWithTheIndefiniteArticleIsNotReadBack() {
        List<Event> events = code(LI_WEI_STABBED_OMAR_NASSER
                + residents("attacked", "attack", "assailant").replace("3 the the DT", "3 an a DT"));
        Event revenge = byTrigger(events, "ASSAULT", "group:resident");
        assertEquals(List.of("group:assailant"), revenge.targetIds());
    }
}
