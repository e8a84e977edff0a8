package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * People named in apposition to a plural noun are all of them (Arguments); every sentence is written for the test.
 */
class ApposedNamesTest {

    @Test
    void everyPersonApposedToAPluralSubjectActs() {
        Event e = only(code("""
                1 Two two CD O 2 nummod
                2 men man NNS O 10 nsubj
                3 , , , O 2 punct
                4 Ahmed Ahmed NNP PERSON 5 compound
                5 Khan Khan NNP PERSON 2 appos
                6 and and CC O 8 cc
                7 Omar Omar NNP PERSON 8 compound
                8 Said Said NNP PERSON 5 conj
                9 , , , O 2 punct
                10 attacked attack VBD O 0 root
                11 Germany Germany NNP LOCATION 10 obj
                12 . . . O 10 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("person:ahmed-khan", "person:omar-said"), e.sourceIds());
    }

    @Test
    void apposedPeopleJoinAPersonCoordinatedBeforeThem() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 13 nsubj
                3 and and CC O 5 cc
                4 her she PRP$ O 5 nmod:poss
                5 counterparts counterpart NNS O 2 conj
                6 , , , O 5 punct
                7 Li Li NNP PERSON 8 compound
                8 Wei Wei NNP PERSON 5 appos
                9 and and CC O 11 cc
                10 Omar Omar NNP PERSON 11 compound
                11 Said Said NNP PERSON 8 conj
                12 , , , O 5 punct
                13 met meet VBD O 0 root
                14 in in IN O 15 case
                15 Cairo Cairo NNP LOCATION 13 obl
                16 . . . O 13 punct
                """));
        assertEquals("CONSULT", e.type());
        List<String> participants = new java.util.ArrayList<>(e.sourceIds());
        participants.addAll(e.targetIds());
        assertTrue(
                participants.containsAll(List.of("person:ana-ruiz", "person:li-wei", "person:omar-said")),
                e.toString());
    }

    @Test
    void everyPersonApposedToAPluralObjectIsATarget() {
        Event e = only(code("""
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 two two CD O 4 nummod
                4 journalists journalist NNS O 2 obj
                5 , , , O 4 punct
                6 Ana Ana NNP PERSON 7 compound
                7 Ruiz Ruiz NNP PERSON 4 appos
                8 and and CC O 10 cc
                9 Li Li NNP PERSON 10 compound
                10 Wei Wei NNP PERSON 7 conj
                11 . . . O 2 punct
                """));
        assertEquals(List.of("person:ana-ruiz", "person:li-wei"), e.targetIds());
    }

    @Test
    void aNameThatIsNoPersonLeavesTheGroupToItsFirstName() {
        Event e = only(code("""
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 two two CD O 4 nummod
                4 journalists journalist NNS O 2 obj
                5 , , , O 4 punct
                6 Ana Ana NNP PERSON 7 compound
                7 Ruiz Ruiz NNP PERSON 4 appos
                8 and and CC O 9 cc
                9 Qatar Qatar NNP LOCATION 7 conj
                10 . . . O 2 punct
                """));
        assertEquals(List.of("person:ana-ruiz"), e.targetIds());
    }

    @Test
    void aSingularNounKeepsItsOneApposedName() {
        Event e = only(code("""
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 his he PRP$ O 4 nmod:poss
                4 lawyer lawyer NN O 2 obj
                5 , , , O 4 punct
                6 Ana Ana NNP PERSON 7 compound
                7 Ruiz Ruiz NNP PERSON 4 appos
                8 , , , O 4 punct
                9 and and CC O 11 cc
                10 Li Li NNP PERSON 11 compound
                11 Wei Wei NNP PERSON 7 conj
                12 . . . O 2 punct
                """));
        assertEquals(List.of("person:ana-ruiz"), e.targetIds());
    }
}
