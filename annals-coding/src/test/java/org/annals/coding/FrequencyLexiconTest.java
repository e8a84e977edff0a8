package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Verbs and nouns added after ranking unlabelled text by how often a word joins two actors and reading their uses;
 * sentences written for the test.
 */
class FrequencyLexiconTest {
    // Chile pressured Peru.
    private static final String PRESSURED = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 pressured pressure VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void pressuringAnActorDemandsOfIt() {
        Event event = only(code(PRESSURED));
        assertEquals("REQUEST", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    // Ana Ruiz lauded Okafor.
    private static final String LAUDED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 lauded laud VBD O 0 root
            4 Okafor Okafor NNP PERSON 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void laudingAPersonPraisesThem() {
        Event event = only(code(LAUDED));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("person:ana-ruiz"), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void insultingAPersonCriticisesThem() {
        Event event = only(code(LAUDED.replace("lauded laud", "insulted insult")));
        assertEquals("ACCUSE", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Ana Ruiz commuted Okafor's sentence.
    private static final String COMMUTED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 commuted commute VBD O 0 root
            4 Okafor Okafor NNP PERSON 6 nmod:poss
            5 's 's POS O 4 case
            6 sentence sentence NN O 3 obj
            7 . . . O 3 punct
            """;

    @Test
    void commutingSomeonesSentenceConcedesToThem() {
        Event event = only(code(COMMUTED));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("person:ana-ruiz"), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Syria hit Turkey.
    private static final String HIT = """
            1 Syria Syria NNP LOCATION 2 nsubj
            2 hit hit VBD O 0 root
            3 Turkey Turkey NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void hittingAnActorAttacksIt() {
        Event event = only(code(HIT));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("SYR"), event.sourceIds());
        assertEquals(List.of("TUR"), event.targetIds());
    }

    @Test
    void hittingAnActorOverSomethingIsAnotherSenseAndNoAttack() {
        // "Syria hit Turkey over tariffs": a rebuke, not force.
        String overTariffs = HIT.replace("4 . . . O 2 punct", """
                4 over over IN O 5 case
                5 tariffs tariff NNS O 2 obl
                6 . . . O 2 punct
                """);
        assertEquals(List.of(), code(overTariffs));
    }

    @Test
    void somethingThatHitsAnActorIsNoAttack() {
        // "The storm hit Turkey."
        String storm = HIT.replace("1 Syria Syria NNP LOCATION 2 nsubj", "1 storm storm NN O 2 nsubj");
        assertEquals(List.of(), code(storm));
    }

    // Brazil granted Okafor clemency.
    private static final String CLEMENCY = """
            1 Brazil Brazil NNP LOCATION 2 nsubj
            2 granted grant VBD O 0 root
            3 Okafor Okafor NNP PERSON 2 iobj
            4 clemency clemency NN O 2 obj
            5 . . . O 2 punct
            """;

    @Test
    void grantingClemencyConcedesToItsReceiver() {
        Event event = only(code(CLEMENCY));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("BRA"), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void grantingSomethingElseIsNoEvent() {
        assertEquals(List.of(), code(CLEMENCY.replace("4 clemency clemency NN O 2 obj", "4 access access NN O 2 obj")));
    }
}
