package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Sentences the parser rooted in their subject's name, the main verb hung on it (NameRootedClauses); the rows copy
 * the parser's shape on such sentences, every sentence written for the test.
 */
class NameRootedClausesTest {
    private static Event only(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    @Test
    void theMainVerbHungOnTheNameAsARelativeClauseHasTheNameForSubject() {
        // "Ana Okafor, who resigned, also criticized Chile.", with "who" made the object of "criticized".
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 0 root
                3 , , , O 2 punct
                4 who who WP O 8 obj
                5 resigned resign VBD O 8 dep
                6 , , , O 8 punct
                7 also also RB O 8 advmod
                8 criticized criticize VBD O 2 acl:relcl
                9 Chile Chile NNP LOCATION 8 obj
                10 . . . O 2 punct
                """), "ACCUSE");
        assertEquals(List.of("person:ana-okafor"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertTrue(e.rule().contains("name-root"), e.rule());
    }

    @Test
    void aParticipleSetOffAfterTheRootNameHasTheNameForSubject() {
        // "Ana Okafor, who spoke on Monday, responded, condemning Chile."
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 0 root
                3 , , , O 2 punct
                4 who who WP O 7 obj
                5 spoke speak VBD O 7 dep
                6 , , , O 7 punct
                7 responded respond VBD O 2 acl:relcl
                8 , , , O 9 punct
                9 condemning condemn VBG O 2 dep
                10 Chile Chile NNP LOCATION 9 obj
                11 . . . O 2 punct
                """), "ACCUSE");
        assertEquals(List.of("person:ana-okafor"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void aPassiveHungOnTheRootNameTellsWhatTheNamedPersonUnderwent() {
        // "Ana Okafor, who resigned, was convicted of fraud."
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 0 root
                3 , , , O 2 punct
                4 who who WP O 7 dep
                5 resigned resign VBD O 7 dep
                6 was be VBD O 7 aux:pass
                7 convicted convict VBN O 2 dep
                8 of of IN O 9 case
                9 fraud fraud NN O 7 obl
                10 . . . O 2 punct
                """), "ACCUSE");
        assertTrue(e.sourceIds().stream().noneMatch(s -> s.contains("okafor")), e.toString());
        assertEquals(List.of("person:ana-okafor"), e.targetIds());
    }

    @Test
    void aNameNotSetOffByACommaIsNoSubjectOfTheClauseHungOnIt() {
        // Without the comma nothing shows that the name was the subject the parser missed.
        List<Event> events = code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 0 root
                3 criticized criticize VBD O 2 acl:relcl
                4 Chile Chile NNP LOCATION 3 obj
                5 . . . O 2 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ACCUSE")), events.toString());
    }

    @Test
    void anInfinitiveHungOnTheRootNameIsNoActOfTheName() {
        // "Ana Okafor, to criticize Chile": a purpose, not a report.
        List<Event> events = code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 0 root
                3 , , , O 2 punct
                4 to to TO O 5 mark
                5 criticize criticize VB O 2 dep
                6 Chile Chile NNP LOCATION 5 obj
                7 . . . O 2 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ACCUSE")), events.toString());
    }

    @Test
    void aRelativeClauseWithASubjectOfItsOwnKeepsThatSubject() {
        // "Chile, which Peru criticized": Peru criticized Chile, not Chile Peru.
        Event e = only(code("""
                1 Chile Chile NNP LOCATION 0 root
                2 , , , O 1 punct
                3 which which WDT O 5 obj
                4 Peru Peru NNP LOCATION 5 nsubj
                5 criticized criticize VBD O 1 acl:relcl
                6 . . . O 1 punct
                """), "ACCUSE");
        assertEquals(List.of("PER"), e.sourceIds());
    }
}
