package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Support of an armed force is military aid (ArmedSupport, MaterialSupport); sentences written for the test. */
class ArmedSupportTest {
    // Chile supports Peruvian forces.
    private static final String SUPPORTS_FORCES = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 supports support VBZ O 0 root
            3 Peruvian Peruvian JJ MISC 4 amod
            4 forces force NNS O 2 obj
            5 . . . O 2 punct
            """;

    @Test
    void supportOfAnArmedForceIsMilitaryAid() {
        Event event = only(code(SUPPORTS_FORCES));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
        assertEquals(List.of("CHL"), event.sourceIds());
    }

    @Test
    void supportOfTheGovernmentsReformsStaysAStance() {
        // Chile supports Peru's reforms.
        String reforms = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 supports support VBZ O 0 root
                3 Peru Peru NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 reforms reform NNS O 2 obj
                6 . . . O 2 punct
                """;
        assertEquals("SUPPORT", only(code(reforms)).type());
    }

    // Chile supports the opposition to defend Peru.
    private static final String SUPPORTS_OPPOSITION_TO_DEFEND = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 supports support VBZ O 0 root
            3 the the DT O 4 det
            4 opposition opposition NN O 2 obj
            5 to to TO O 6 mark
            6 defend defend VB O 2 xcomp
            7 Peru Peru NNP LOCATION 6 obj
            8 . . . O 2 punct
            """;

    @Test
    void supportOfASideInANamedFightIsMilitaryAid() {
        List<Event> events = code(SUPPORTS_OPPOSITION_TO_DEFEND);
        assertEquals(
                List.of("AID"),
                events.stream()
                        .filter(e -> e.sourceIds().equals(List.of("CHL")))
                        .map(Event::type)
                        .toList());
    }

    @Test
    void supportOfASideWithoutAFightStaysAStance() {
        // Chile supports the opposition.
        String opposition = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 supports support VBZ O 0 root
                3 the the DT O 4 det
                4 opposition opposition NN O 2 obj
                5 . . . O 2 punct
                """;
        List<Event> events = code(opposition);
        assertEquals(
                List.of(), events.stream().filter(e -> e.type().equals("AID")).toList());
    }

    @Test
    void supportOfAGovernmentToDefeatTerrorismStaysAStance() {
        // Chile supports Peru to defeat terrorism.
        String government = SUPPORTS_OPPOSITION_TO_DEFEND
                .replace("3 the the DT O 4 det", "3 , , , O 2 punct")
                .replace("4 opposition opposition NN O 2 obj", "4 Peru Peru NNP LOCATION 2 obj")
                .replace("6 defend defend VB O 2 xcomp", "6 defeat defeat VB O 2 xcomp")
                .replace("7 Peru Peru NNP LOCATION 6 obj", "7 terrorism terrorism NN O 6 obj");
        List<Event> events = code(government);
        assertEquals(
                List.of(), events.stream().filter(e -> e.type().equals("AID")).toList());
    }

    // Chile supports Peru with air strikes.
    private static final String WITH_AIR_STRIKES = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 supports support VBZ O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 with with IN O 6 case
            5 air air NN O 6 compound
            6 strikes strike NNS O 2 obl
            7 . . . O 2 punct
            """;

    @Test
    void airStrikesWrittenAsTwoWordsAreMilitaryMeans() {
        Event event = only(code(WITH_AIR_STRIKES));
        assertEquals("AID", event.type());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void strikesWithoutAirAreNoMeans() {
        String strikes = WITH_AIR_STRIKES.replace("5 air air NN O 6 compound", "5 general general JJ O 6 amod");
        assertEquals("SUPPORT", only(code(strikes)).type());
    }
}
