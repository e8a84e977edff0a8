package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A subject name the parser joined to a fronted phrase of time or place (FrontedNameSubjects); the rows copy the
 * parser's shape on such sentences ("Monday Okafor" one oblique of the verb), every sentence written for the test.
 */
class FrontedNameSubjectsTest {
    private static Event only(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    @Test
    void regressionANameAfterAFrontedDayIsTheSubject() {
        // "On Monday Ana Okafor criticized Chile.", with "Monday Ana Okafor" one oblique of "criticized".
        Event e = only(code("""
                1 On on IN O 4 case
                2 Monday Monday NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Okafor Okafor NNP PERSON 5 obl
                5 criticized criticize VBD O 0 root
                6 Chile Chile NNP LOCATION 5 obj
                7 . . . O 5 punct
                #time 2-2 2025-09-01 DAY PAST
                """), "ACCUSE");
        assertEquals(List.of("person:ana-okafor"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertEquals("2025-09-01", e.date());
    }

    @Test
    void aNameWithATitleAfterAFrontedPlaceIsTheSubject() {
        // "In Turkey Minister Okafor met with Ben Tull."
        Event e = only(code("""
                1 In in IN O 4 case
                2 Turkey Turkey NNP LOCATION 3 compound
                3 Minister minister NNP O 4 compound
                4 Okafor Okafor NNP PERSON 5 obl
                5 met meet VBD O 0 root
                6 with with IN O 8 case
                7 Ben Ben NNP PERSON 8 compound
                8 Tull Tull NNP PERSON 5 obl
                9 . . . O 5 punct
                """), "CONSULT");
        assertTrue(e.sourceIds().contains("person:okafor"), e.toString());
        assertTrue(
                e.targetIds().contains("person:ben-tull") || e.sourceIds().contains("person:ben-tull"), e.toString());
    }

    @Test
    void regressionAPhraseHungOnAnAdverbBeforeTheNameGivesTheVerbItsSubject() {
        // "Later on Tuesday Okafor met with Ben Tull.", with the phrase hung on "Later", the verb's adverb.
        Event e = only(code("""
                1 Later later RB O 5 advmod
                2 on on IN O 4 case
                3 Tuesday Tuesday NNP O 4 compound
                4 Okafor Okafor NNP PERSON 1 obl
                5 met meet VBD O 0 root
                6 with with IN O 8 case
                7 Ben Ben NNP PERSON 8 compound
                8 Tull Tull NNP PERSON 5 obl
                9 . . . O 5 punct
                #time 3-3 2025-09-02 DAY PRESENT
                """), "CONSULT");
        assertTrue(e.sourceIds().contains("person:okafor"), e.toString());
        assertTrue(
                e.targetIds().contains("person:ben-tull") || e.sourceIds().contains("person:ben-tull"), e.toString());
    }

    @Test
    void aPassiveVerbGetsTheNameAsWhoUnderwentIt() {
        // "On Monday Ana Okafor was arrested."
        Event e = only(code("""
                1 On on IN O 4 case
                2 Monday Monday NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Okafor Okafor NNP PERSON 6 obl
                5 was be VBD O 6 aux:pass
                6 arrested arrest VBN O 0 root
                7 . . . O 6 punct
                #time 2-2 2025-09-01 DAY PAST
                """), "COERCE");
        assertEquals(List.of("person:ana-okafor"), e.targetIds());
    }

    @Test
    void regressionANameAfterAFrontedCommonNounIsTheSubject() {
        // "On live television Okafor also criticized Chile.", with "live television Okafor" one oblique of "attacked".
        Event e = only(code("""
                1 On on IN O 4 case
                2 live live JJ O 3 amod
                3 television television NN O 4 compound
                4 Okafor Okafor NNP PERSON 6 obl
                5 also also RB O 6 advmod
                6 criticized criticize VBD O 0 root
                7 Chile Chile NNP LOCATION 6 obj
                8 . . . O 6 punct
                """), "ACCUSE");
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void aFrontedPhraseOfNoTimeOrPlaceKeepsTheParse() {
        // "At Harvard Okafor criticized Chile.": an organisation before the name may be one name with it.
        List<Event> events = code("""
                1 At at IN O 3 case
                2 Harvard Harvard NNP ORGANIZATION 3 compound
                3 Okafor Okafor NNP PERSON 4 obl
                4 criticized criticize VBD O 0 root
                5 Chile Chile NNP LOCATION 4 obj
                6 . . . O 4 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("person:okafor")), events.toString());
    }

    @Test
    void aVerbWithASubjectOfItsOwnKeepsTheParse() {
        // A verb with a subject of its own keeps it, whatever stands before: "police" arrested Tull.
        Event e = only(code("""
                1 In in IN O 3 case
                2 Turkey Turkey NNP LOCATION 3 compound
                3 Okafor Okafor NNP PERSON 5 obl
                4 police police NNS O 5 nsubj
                5 arrested arrest VBD O 0 root
                6 Tull Tull NNP PERSON 5 obj
                7 . . . O 5 punct
                """), "COERCE");
        assertTrue(e.sourceIds().stream().noneMatch(s -> s.contains("okafor")), e.toString());
        assertEquals(List.of("person:tull"), e.targetIds());
    }
}
