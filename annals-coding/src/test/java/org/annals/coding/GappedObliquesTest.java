package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * An oblique told again with the same preposition after "and also" or "then", the verb left out, is a second act by the
 * same source (GappedObliques); every sentence is written for the test.
 */
class GappedObliquesTest {

    @Test
    void regressionAnObliqueRepeatedAfterThenIsASecondMeeting() {
        List<Event> events = code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 with with IN O 6 case
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obl
                7 , , , O 3 punct
                8 then then RB O 12 advmod
                9 with with IN O 12 case
                10 President President NNP O 12 compound
                11 Tom Tom NNP PERSON 12 compound
                12 Brandt Brandt NNP PERSON 3 obl
                13 . . . O 3 punct
                """);
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.targetIds().equals(List.of("person:li-wei"))), events.toString());
        Event second = events.stream()
                .filter(e -> e.targetIds().equals(List.of("person:tom-brandt")))
                .findFirst()
                .orElseThrow();
        assertEquals("CONSULT", second.type());
        assertEquals(List.of("person:ana-ruiz"), second.sourceIds());
        assertTrue(second.rule().endsWith(GappedObliques.ROUTE), second.rule());
    }

    @Test
    void regressionAConjoinedObliqueAfterAndAlsoIsASecondActWithItsOwnDate() {
        List<Event> events = code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 with with IN O 6 case
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obl
                7 on on IN O 8 case
                8 Monday Monday NNP DATE 3 obl
                9 , , , O 3 punct
                10 and and CC O 14 cc
                11 also also RB O 14 advmod
                12 with with IN O 14 case
                13 Tom Tom NNP PERSON 14 compound
                14 Brandt Brandt NNP PERSON 3 conj
                15 on on IN O 16 case
                16 Tuesday Tuesday NNP DATE 14 orphan
                17 . . . O 3 punct
                #time 8-8 2025-09-01 DAY PAST
                #time 16-16 2025-09-02 DAY PRESENT
                """);
        Event second = events.stream()
                .filter(e -> e.targetIds().equals(List.of("person:tom-brandt")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("2025-09-02", second.date());
        Event first = events.stream()
                .filter(e -> e.targetIds().equals(List.of("person:li-wei")))
                .findFirst()
                .orElseThrow();
        assertEquals("2025-09-01", first.date());
    }

    @Test
    void aSecondObliqueWithNoMarkIsNoSecondAct() {
        List<Event> events = code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 with with IN O 6 case
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obl
                7 with with IN O 9 case
                8 Tom Tom NNP PERSON 9 compound
                9 Brandt Brandt NNP PERSON 3 obl
                10 . . . O 3 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.rule().endsWith(GappedObliques.ROUTE)), events.toString());
    }
}
