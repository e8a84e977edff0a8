package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A name the parser hung on a subject of time (TimeSubjects); the rows copy the parser's shape on such sentences,
 * every sentence written for the test.
 */
class TimeSubjectsTest {
    private static Event only(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    @Test
    void regressionANameHungOnADaySubjectIsTheSubject() {
        // "This Thursday the Baltic Council also criticized Chile.": "Thursday" the subject, the council its dependent
        // (a person hung so is read as a name of the subject already; an organisation was not).
        Event e = only(code("""
                1 This this DT O 2 det
                2 Thursday Thursday NNP O 7 nsubj
                3 the the DT O 5 det
                4 Baltic Baltic NNP ORGANIZATION 5 compound
                5 Council Council NNP ORGANIZATION 2 dep
                6 also also RB O 7 advmod
                7 criticized criticize VBD O 0 root
                8 Chile Chile NNP LOCATION 7 obj
                9 . . . O 7 punct
                #time 1-2 2025-09-04 DAY PAST
                """), "ACCUSE");
        assertEquals(List.of("org:baltic-council"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void regressionANameEndingAPhraseOnADaySubjectIsTheSubject() {
        // "The next day on Twitter Okafor accused Tull.": "Okafor" ends "on Twitter Okafor", hung on "day".
        Event e = only(code("""
                1 The the DT O 3 det
                2 next next JJ O 3 amod
                3 day day NN O 7 nsubj
                4 on on IN O 6 case
                5 Twitter Twitter NNP O 6 compound
                6 Okafor Okafor NNP PERSON 3 nmod
                7 accused accuse VBD O 0 root
                8 Ben Ben NNP PERSON 9 compound
                9 Tull Tull NNP PERSON 7 obj
                10 . . . O 7 punct
                #time 1-3 2025-09-02 DAY PAST
                """), "ACCUSE");
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("person:ben-tull"), e.targetIds());
    }

    @Test
    void aPhraseTaggedAsOneNameKeepsTheParse() {
        // "The next day at Harvard University criticized Chile" has no name of its own after the phrase: nothing acts.
        List<Event> events = code("""
                1 The the DT O 3 det
                2 next next JJ O 3 amod
                3 day day NN O 7 nsubj
                4 at at IN O 6 case
                5 Harvard Harvard NNP ORGANIZATION 6 compound
                6 University University NNP ORGANIZATION 3 nmod
                7 criticized criticize VBD O 0 root
                8 Chile Chile NNP LOCATION 7 obj
                9 . . . O 7 punct
                #time 1-3 2025-09-02 DAY PAST
                """);
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ACCUSE")), events.toString());
    }
}
