package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A military instrument named with its owner stands for the owner (Instruments); sentences written for the test. */
class InstrumentsTest {
    // Russian jets bombed Ukraine.
    private static final String JETS = """
            1 Russian Russian JJ MISC 2 amod
            2 jets jet NNS O 3 nsubj
            3 bombed bomb VBD O 0 root
            4 Ukraine Ukraine NNP LOCATION 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void jetsNamedWithANationalityAreThatCountrysAct() {
        Event event = only(code(JETS));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("RUS"), event.sourceIds());
        assertEquals(List.of("UKR"), event.targetIds());
    }

    // Coalition aircraft struck the Taliban.
    private static final String COALITION_AIRCRAFT = """
            1 Coalition Coalition NNP ORGANIZATION 2 compound
            2 aircraft aircraft NN O 3 nsubj
            3 struck strike VBD O 0 root
            4 the the DT O 5 det
            5 Taliban Taliban NNP ORGANIZATION 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void aircraftOfANamedCoalitionAreTheCoalitions() {
        Event event = only(code(COALITION_AIRCRAFT));
        assertEquals(List.of("org:coalition"), event.sourceIds());
        assertEquals(List.of("org:taliban"), event.targetIds());
    }

    @Test
    void theMakerOfAnAircraftIsNotItsOwner() {
        String boeing = COALITION_AIRCRAFT.replace(
                "1 Coalition Coalition NNP ORGANIZATION 2 compound", "1 Boeing Boeing NNP ORGANIZATION 2 compound");
        assertTrue(code(boeing).stream().noneMatch(e -> e.sourceIds().contains("org:boeing")), code(boeing)::toString);
    }

    // Ukraine destroyed Russian tanks.
    private static final String TANKS_DESTROYED = """
            1 Ukraine Ukraine NNP LOCATION 2 nsubj
            2 destroyed destroy VBD O 0 root
            3 Russian Russian JJ MISC 4 amod
            4 tanks tank NNS O 2 obj
            5 . . . O 2 punct
            """;

    @Test
    void theOwnerOfADestroyedInstrumentIsTheTargetNotTheAgent() {
        Event event = only(code(TANKS_DESTROYED));
        assertEquals(List.of("UKR"), event.sourceIds());
        assertEquals(List.of("RUS"), event.targetIds());
    }

    // Taliban tanks were destroyed by Ukrainian drones.
    @Test
    void aPassiveTakesTheInstrumentsOwnersOnBothSides() {
        Event event = only(code("""
                1 Taliban Taliban NNP ORGANIZATION 2 compound
                2 tanks tank NNS O 4 nsubj:pass
                3 were be VBD O 4 aux:pass
                4 destroyed destroy VBN O 0 root
                5 by by IN O 7 case
                6 Ukrainian Ukrainian JJ MISC 7 amod
                7 drones drone NNS O 4 obl:agent
                8 . . . O 4 punct
                """));
        assertEquals(List.of("UKR"), event.sourceIds());
        assertEquals(List.of("org:taliban"), event.targetIds());
    }

    @Test
    void aThingThatIsNoInstrumentStandsForNobody() {
        String ships = JETS.replace("2 jets jet NNS O 3 nsubj", "2 fans fan NNS O 3 nsubj");
        assertTrue(code(ships).stream().noneMatch(e -> e.sourceIds().contains("RUS")), code(ships)::toString);
    }

    // The Taliban fighters attacked Peru.
    @Test
    void fightersOfANamedGroupAreTheGroupNotUnnamedFighters() {
        Event event = only(code("""
                1 The the DT O 3 det
                2 Taliban Taliban NNP ORGANIZATION 3 compound
                3 fighters fighter NNS O 4 nsubj
                4 attacked attack VBD O 0 root
                5 Peru Peru NNP LOCATION 4 obj
                6 . . . O 4 punct
                """));
        assertEquals(List.of("org:taliban"), event.sourceIds());
    }

    @Test
    void fightersWithACountryKeepTheirGroup() {
        Event event = only(code("""
                1 Iraqi Iraqi JJ MISC 2 amod
                2 fighters fighter NNS O 3 nsubj
                3 attacked attack VBD O 0 root
                4 Peru Peru NNP LOCATION 3 obj
                5 . . . O 3 punct
                """));
        assertEquals(List.of("group:IRQ:fighter"), event.sourceIds());
    }

    // Coalition aircraft struck the Taliban, with "Coalition" found by no name tagger: the word names the alliance.
    private static final String UNTAGGED_COALITION_AIRCRAFT = COALITION_AIRCRAFT.replace(
            "1 Coalition Coalition NNP ORGANIZATION 2 compound", "1 Coalition Coalition NNP O 2 compound");

    @Test
    void aircraftOfACoalitionTaggedACommonNounAreTheCoalitions() {
        String common = UNTAGGED_COALITION_AIRCRAFT.replace("Coalition NNP O", "coalition NN O");
        Event event = only(code(common));
        assertEquals(List.of("group:coalition"), event.sourceIds());
    }

    @Test
    void regressionAircraftOfAnUntaggedCoalitionAreTheCoalitions() {
        Event event = only(code(UNTAGGED_COALITION_AIRCRAFT));
        assertEquals(List.of("group:coalition"), event.sourceIds());
        assertEquals(List.of("org:taliban"), event.targetIds());
    }

    // The Coalition government attacked Peru: a government is no military instrument, so the word names nobody.
    @Test
    void aCollectiveWordOnANounThatIsNoInstrumentNamesNoActor() {
        List<Event> events = code("""
                1 The the DT O 3 det
                2 Coalition Coalition NNP O 3 compound
                3 government government NN O 4 nsubj
                4 attacked attack VBD O 0 root
                5 Peru Peru NNP LOCATION 4 obj
                6 . . . O 4 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("group:coalition")), events::toString);
    }
}
