package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Tributes, mourning and grief for an actor are SUPPORT from the one who honours to the one honoured, also when the
 * honoured is dead; the same ceremonies or feelings with no actor honoured code nothing.
 */
class TributesTest {
    // Egypt announced three days of mourning for Mubarak.
    private static final String DAYS_OF_MOURNING = """
            1 Egypt Egypt NNP LOCATION 2 nsubj
            2 announced announce VBD O 0 root
            3 three three CD O 4 nummod
            4 days day NNS O 2 obj
            5 of of IN O 6 case
            6 mourning mourning NN O 4 nmod
            7 for for IN O 8 case
            8 Mubarak Mubarak NNP PERSON 2 obl
            9 . . . O 2 punct
            """;

    // Kenya held a minute of silence in Chirac's honour.
    private static final String MINUTE_IN_HONOUR = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 held hold VBD O 0 root
            3 a a DT O 4 det
            4 minute minute NN O 2 obj
            5 of of IN O 6 case
            6 silence silence NN O 4 nmod
            7 in in IN O 10 case
            8 Chirac Chirac NNP PERSON 10 nmod:poss
            9 's 's POS O 8 case
            10 honour honour NN O 2 obl
            11 . . . O 2 punct
            """;

    // Obama was saddened by the death of Mandela.
    private static final String SADDENED_BY_A_DEATH = """
            1 Obama Obama NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 saddened sadden VBN O 0 root
            4 by by IN O 6 case
            5 the the DT O 6 det
            6 death death NN O 3 obl
            7 of of IN O 8 case
            8 Mandela Mandela NNP PERSON 6 nmod
            9 . . . O 3 punct
            """;

    // Kagame was pained to hear about the demise of Mandela.
    private static final String PAINED_TO_HEAR = """
            1 Kagame Kagame NNP PERSON 3 nsubj
            2 was be VBD O 3 cop
            3 pained pained JJ O 0 root
            4 to to TO O 5 mark
            5 hear hear VB O 3 xcomp
            6 about about IN O 8 case
            7 the the DT O 8 det
            8 demise demise NN O 5 obl
            9 of of IN O 10 case
            10 Mandela Mandela NNP PERSON 8 nmod
            11 . . . O 3 punct
            """;

    // NASA paused to mourn Leonov's passing.
    private static final String MOURN_A_PASSING = """
            1 NASA NASA NNP ORGANIZATION 2 nsubj
            2 paused pause VBD O 0 root
            3 to to TO O 4 mark
            4 mourn mourn VB O 2 xcomp
            5 Leonov Leonov NNP PERSON 7 nmod:poss
            6 's 's POS O 5 case
            7 passing passing NN O 4 obj
            8 . . . O 2 punct
            """;

    // Jacques Chirac died. Both houses of the French Parliament held a minute of silence in Chirac's honor today.
    @Test
    void regressionBothHousesOfAParliamentHeldAMinuteOfSilenceInHisHonour() {
        String a = """
                1 Jacques Jacques NNP PERSON 2 compound
                2 Chirac Chirac NNP PERSON 3 nsubj
                3 died die VBD O 0 root
                4 . . . O 3 punct

                1 Both both DT O 2 det
                2 houses house NNS O 7 nsubj
                3 of of IN O 6 case
                4 the the DT O 6 det
                5 French French NNP ORGANIZATION 6 compound
                6 Parliament Parliament NNP ORGANIZATION 2 nmod
                7 held hold VBD O 0 root
                8 a a DT O 9 det
                9 minute minute NN O 7 obj
                10 of of IN O 11 case
                11 silence silence NN O 9 nmod
                12 in in IN O 15 case
                13 Chirac Chirac NNP PERSON 15 nmod:poss
                14 's 's POS O 13 case
                15 honor honor NN O 7 obl
                16 today today NN O 7 obl:tmod
                17 . . . O 7 punct
                """;
        Event event = only(code(a));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("org:FRA:legislature"), event.sourceIds());
        assertEquals(List.of("person:jacques-chirac"), event.targetIds());
    }

    @Test
    void regressionDaysOfMourningForAPoliticianAreCondolence() {
        Event event = only(code(DAYS_OF_MOURNING));
        assertEquals("SUPPORT", event.type());
        assertEquals("condolence", event.mode());
        assertEquals(List.of("EGY"), event.sourceIds());
        assertEquals(List.of("person:mubarak"), event.targetIds());
    }

    @Test
    void daysOfMourningForNobodyNamedCodeNothing() {
        String unnamed = DAYS_OF_MOURNING
                .replace("7 for for IN O 8 case\n", "")
                .replace("8 Mubarak Mubarak NNP PERSON 2 obl\n", "");
        assertTrue(code(unnamed).isEmpty(), () -> code(unnamed).toString());
    }

    @Test
    void regressionAMinuteOfSilenceInSomeonesHonourSupportsThem() {
        Event event = only(code(MINUTE_IN_HONOUR));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("KEN"), event.sourceIds());
        assertEquals(List.of("person:chirac"), event.targetIds());
    }

    @Test
    void aMinuteOfSilenceWithNobodyHonouredCodesNothing() {
        String bare = MINUTE_IN_HONOUR
                .replace("7 in in IN O 10 case\n", "")
                .replace("8 Chirac Chirac NNP PERSON 10 nmod:poss\n", "")
                .replace("9 's 's POS O 8 case\n", "")
                .replace("10 honour honour NN O 2 obl\n", "");
        assertTrue(code(bare).isEmpty(), () -> code(bare).toString());
    }

    @Test
    void aMinuteOfSilenceForTheNamedDeadIsCondolence() {
        Event event = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 observed observe VBD O 0 root
                3 a a DT O 4 det
                4 minute minute NN O 2 obj
                5 of of IN O 6 case
                6 silence silence NN O 4 nmod
                7 for for IN O 8 case
                8 Chirac Chirac NNP PERSON 4 nmod
                9 . . . O 2 punct
                """));
        assertEquals("SUPPORT", event.type());
        assertEquals("condolence", event.mode());
        assertEquals(List.of("person:chirac"), event.targetIds());
    }

    @Test
    void saddenedByTheDeathOfAnActorIsCondolence() {
        Event event = only(code(SADDENED_BY_A_DEATH));
        assertEquals("SUPPORT", event.type());
        assertEquals("condolence", event.mode());
        assertEquals(List.of("person:obama"), event.sourceIds());
        assertEquals(List.of("person:mandela"), event.targetIds());
    }

    @Test
    void saddenedByAThingCodesNothing() {
        String closure = SADDENED_BY_A_DEATH
                .replace("6 death death NN O 3 obl", "6 closure closure NN O 3 obl")
                .replace("8 Mandela Mandela NNP PERSON 6 nmod", "8 plant plant NN O 6 nmod");
        assertTrue(code(closure).isEmpty(), () -> code(closure).toString());
    }

    @Test
    void saddenedByADeathOfNoActorCodesNothing() {
        String lives = SADDENED_BY_A_DEATH
                .replace("6 death death NN O 3 obl", "6 loss loss NN O 3 obl")
                .replace("8 Mandela Mandela NNP PERSON 6 nmod", "8 lives life NNS O 6 nmod");
        assertTrue(code(lives).isEmpty(), () -> code(lives).toString());
    }

    @Test
    void regressionPainedToHearAboutTheDemiseOfAFriendIsCondolence() {
        Event event = only(code(PAINED_TO_HEAR));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("person:kagame"), event.sourceIds());
        assertEquals(List.of("person:mandela"), event.targetIds());
    }

    @Test
    void aGrievingPronounSubjectIsTheOneWhoSaidIt() {
        // Kagame said he was saddened by the death of Mandela.
        Event event = only(code("""
                1 Kagame Kagame NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 he he PRP O 5 nsubj:pass
                4 was be VBD O 5 aux:pass
                5 saddened sadden VBN O 2 ccomp
                6 by by IN O 8 case
                7 the the DT O 8 det
                8 death death NN O 5 obl
                9 of of IN O 10 case
                10 Mandela Mandela NNP PERSON 8 nmod
                11 . . . O 2 punct
                """));
        assertEquals(List.of("person:kagame"), event.sourceIds());
        assertEquals(List.of("person:mandela"), event.targetIds());
    }

    @Test
    void mourningAnActorsPassingIsCondolence() {
        Event event = only(code(MOURN_A_PASSING));
        assertEquals("SUPPORT", event.type());
        assertEquals("condolence", event.mode());
        assertEquals(List.of("person:leonov"), event.targetIds());
    }

    @Test
    void mourningWhatNamesNoDeathCodesNothing() {
        // Paris is mourning its family.
        assertTrue(code("""
                        1 Paris Paris NNP LOCATION 3 nsubj
                        2 is be VBZ O 3 aux
                        3 mourning mourn VBG O 0 root
                        4 its its PRP$ O 5 nmod:poss
                        5 family family NN O 3 obj
                        6 . . . O 3 punct
                        """).isEmpty());
    }

    @Test
    void aSportsAwardIsNoEvent() {
        // FIFA awarded Messi the Golden Ball.
        assertTrue(code("""
                        1 FIFA FIFA NNP ORGANIZATION 2 nsubj
                        2 awarded award VBD O 0 root
                        3 Messi Messi NNP PERSON 2 iobj
                        4 the the DT O 6 det
                        5 Golden Golden NNP MISC 6 compound
                        6 Ball Ball NNP MISC 2 obj
                        7 . . . O 2 punct
                        """).isEmpty());
    }
}
