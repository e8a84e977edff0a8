package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A subject name the parser took for an appositive of a fronted phrase (ApposedSubjects); the rows copy the parser's
 * shape on such sentences, every sentence written for the test.
 */
class ApposedSubjectsTest {
    @Test
    void regressionANameSetOffByACommaBeforeASubjectlessVerbIsItsSubject() {
        // "In response to a lawsuit by the group, Ana Okafor criticized Chile.", with "Okafor" an appositive of
        // "group".
        List<Event> events = code("""
                1 In in IN O 2 case
                2 response response NN O 12 obl
                3 to to IN O 5 case
                4 a a DT O 5 det
                5 lawsuit lawsuit NN O 2 nmod
                6 by by IN O 8 case
                7 the the DT O 8 det
                8 group group NN O 5 nmod
                9 , , , O 8 punct
                10 Ana Ana NNP PERSON 11 compound
                11 Okafor Okafor NNP PERSON 8 appos
                12 criticized criticize VBD O 0 root
                13 Chile Chile NNP LOCATION 12 obj
                14 . . . O 12 punct
                """);
        List<Event> accusations =
                events.stream().filter(e -> e.type().equals("ACCUSE")).toList();
        assertEquals(1, accusations.size(), events.toString());
        assertEquals(List.of("person:ana-okafor"), accusations.get(0).sourceIds());
        assertEquals(List.of("CHL"), accusations.get(0).targetIds());
    }

    @Test
    void aNameNotSetOffByACommaStaysAnAppositive() {
        // "a lawsuit by the group Ana Okafor criticized Chile": no comma opens the name, so it renames the group.
        List<Event> events = code("""
                1 In in IN O 2 case
                2 response response NN O 11 obl
                3 to to IN O 5 case
                4 a a DT O 5 det
                5 lawsuit lawsuit NN O 2 nmod
                6 by by IN O 8 case
                7 the the DT O 8 det
                8 group group NN O 5 nmod
                9 Ana Ana NNP PERSON 10 compound
                10 Okafor Okafor NNP PERSON 8 appos
                11 criticized criticize VBD O 0 root
                12 Chile Chile NNP LOCATION 11 obj
                13 . . . O 11 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("person:ana-okafor")), events.toString());
    }
}
