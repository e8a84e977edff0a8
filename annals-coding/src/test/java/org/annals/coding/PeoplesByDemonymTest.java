package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A plural nationality word, or one after "the", that heads its own argument names the country's people, coded as the
 * country (PeoplesByDemonym); every sentence is written for the test.
 */
class PeoplesByDemonymTest {

    @Test
    void regressionPluralDemonymsAreTheirCountries() {
        Event e = only(code("""
                1 The the DT O 2 det
                2 Russians Russian NNPS NATIONALITY 3 nsubj
                3 condemned condemn VBD O 0 root
                4 the the DT O 5 det
                5 Ukrainians Ukrainians NNPS NATIONALITY 3 obj
                6 for for IN O 8 case
                7 the the DT O 8 det
                8 attack attack NN O 3 obl
                9 . . . O 3 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("RUS"), e.sourceIds());
        assertEquals(List.of("UKR"), e.targetIds());
    }

    @Test
    void regressionADemonymAfterTheIsItsCountry() {
        Event e = only(code("""
                1 The the DT O 2 det
                2 Chinese Chinese JJ NATIONALITY 3 nsubj
                3 criticized criticize VBD O 0 root
                4 the the DT O 5 det
                5 Americans American NNPS NATIONALITY 3 obj
                6 . . . O 3 punct
                """));
        assertEquals(List.of("CHN"), e.sourceIds());
        assertEquals(List.of("USA"), e.targetIds());
    }

    @Test
    void aDemonymModifyingANounStaysAModifier() {
        List<Event> events = code("""
                1 Russian Russian JJ NATIONALITY 2 amod
                2 fans fan NNS O 3 nsubj
                3 condemned condemn VBD O 0 root
                4 the the DT O 5 det
                5 Ukrainians Ukrainians NNPS NATIONALITY 3 obj
                6 . . . O 3 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("RUS")), events.toString());
    }

    @Test
    void aSingleNationalIsNoCountry() {
        List<Event> events = code("""
                1 An a DT O 2 det
                2 American American NNP NATIONALITY 3 nsubj
                3 condemned condemn VBD O 0 root
                4 the the DT O 5 det
                5 Ukrainians Ukrainians NNPS NATIONALITY 3 obj
                6 . . . O 3 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("USA")), events.toString());
    }

    @Test
    void aBarePluralIsSomeOfThePeopleNotTheCountry() {
        List<Event> events = code("""
                1 Russians Russian NNPS NATIONALITY 2 nsubj
                2 condemned condemn VBD O 0 root
                3 the the DT O 4 det
                4 Ukrainians Ukrainians NNPS NATIONALITY 2 obj
                5 . . . O 2 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("RUS")), events.toString());
    }

    @Test
    void aCountedPluralIsThosePeople() {
        List<Event> events = code("""
                1 The the DT O 3 det
                2 30 30 CD NUMBER 3 nummod
                3 Britons Briton NNPS NATIONALITY 4 nsubj
                4 condemned condemn VBD O 0 root
                5 the the DT O 6 det
                6 Ukrainians Ukrainians NNPS NATIONALITY 4 obj
                7 . . . O 4 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("GBR")), events.toString());
    }

    @Test
    void aSingularDemonymAfterTheIsOnePerson() {
        List<Event> events = code("""
                1 The the DT O 2 det
                2 American American NNP NATIONALITY 3 nsubj
                3 condemned condemn VBD O 0 root
                4 the the DT O 5 det
                5 Ukrainians Ukrainians NNPS NATIONALITY 3 obj
                6 . . . O 3 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("USA")), events.toString());
    }
}
