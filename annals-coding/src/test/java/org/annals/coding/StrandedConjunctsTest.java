package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A finite verb the parser conjoined to a bare verb under "to" or a modal cannot share that "to" or modal, so it
 * goes with the clause above and has that clause's subject (Arguments); every sentence is written for the test.
 */
class StrandedConjunctsTest {

    @Test
    void aPastVerbConjoinedToAVerbUnderAModalHasTheSubjectOfTheClauseAbove() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 predicted predict VBD O 0 root
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 7 nsubj
                6 would would MD O 7 aux
                7 lose lose VB O 3 ccomp
                8 and and CC O 9 cc
                9 urged urge VBD O 7 conj
                10 Germany Germany NNP LOCATION 9 obj
                11 to to TO O 12 mark
                12 act act VB O 9 xcomp
                13 . . . O 3 punct
                """));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("DEU"), e.targetIds());
        assertTrue(e.rule().contains("finite-conj-controller"), e.rule());
    }

    @Test
    void aPresentVerbConjoinedToAnInfinitiveHasTheSubjectOfTheClauseAbove() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 5 nsubj
                3 did do VBD O 5 aux
                4 not not RB O 5 advmod
                5 want want VB O 0 root
                6 France France NNP LOCATION 5 obj
                7 to to TO O 8 mark
                8 intervene intervene VB O 5 xcomp
                9 and and CC O 10 cc
                10 urges urge VBZ O 8 conj
                11 Germany Germany NNP LOCATION 10 obj
                12 to to TO O 13 mark
                13 wait wait VB O 10 xcomp
                14 . . . O 5 punct
                """));
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("DEU"), e.targetIds());
    }

    @Test
    void aBareVerbConjoinedUnderTheModalSharesItsSubject() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 predicted predict VBD O 0 root
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 7 nsubj
                6 would would MD O 7 aux
                7 lose lose VB O 3 ccomp
                8 and and CC O 9 cc
                9 urge urge VB O 7 conj
                10 Germany Germany NNP LOCATION 9 obj
                11 to to TO O 12 mark
                12 act act VB O 9 xcomp
                13 . . . O 3 punct
                """));
        assertEquals(List.of("person:li-wei"), e.sourceIds());
    }

    @Test
    void aFiniteVerbConjoinedToAFiniteVerbSharesItsSubject() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 said say VBD O 0 root
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 6 nsubj
                6 lost lose VBD O 3 ccomp
                7 and and CC O 8 cc
                8 urged urge VBD O 6 conj
                9 Germany Germany NNP LOCATION 8 obj
                10 to to TO O 11 mark
                11 act act VB O 8 xcomp
                12 . . . O 3 punct
                """));
        assertEquals(List.of("person:li-wei"), e.sourceIds());
    }

    @Test
    void aFiniteVerbConjoinedToAMainBareVerbKeepsThatVerbsSubject() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 4 nsubj
                3 will will MD O 4 aux
                4 stay stay VB O 0 root
                5 and and CC O 6 cc
                6 urged urge VBD O 4 conj
                7 Germany Germany NNP LOCATION 6 obj
                8 to to TO O 9 mark
                9 act act VB O 6 xcomp
                10 . . . O 4 punct
                """));
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
    }
}
