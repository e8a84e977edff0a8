package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A group told with a count is the one list of that many people the article names under its noun (CountedGroups);
 * every sentence is written for the test.
 */
class CountedGroupsTest {
    private static final String CHARGED = """
            1 Prosecutors prosecutor NNS O 2 nsubj
            2 charged charge VBD O 0 root
            3 two two CD O 4 nummod
            4 officers officer NNS O 2 obj
            5 . . . O 2 punct

            """;

    @Test
    void aCountedGroupIsThePeopleNamedLaterUnderItsNoun() {
        Event e = only(code(CHARGED + """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 knew know VBD O 0 root
                4 officers officer NNS O 6 compound
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obj
                7 and and CC O 9 cc
                8 Omar Omar NNP PERSON 9 compound
                9 Said Said NNP PERSON 6 conj
                10 . . . O 3 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:li-wei", "person:omar-said"), e.targetIds());
        assertTrue(e.rule().endsWith("+counted-group"), e.rule());
    }

    @Test
    void namesInAppositionInAnotherSentenceCountToo() {
        Event e = only(code(CHARGED + """
                1 The the DT O 2 det
                2 officers officer NNS O 10 nsubj
                3 , , , O 2 punct
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 2 appos
                6 and and CC O 8 cc
                7 Omar Omar NNP PERSON 8 compound
                8 Said Said NNP PERSON 5 conj
                9 , , , O 2 punct
                10 smiled smile VBD O 0 root
                11 . . . O 10 punct
                """));
        assertEquals(List.of("person:li-wei", "person:omar-said"), e.targetIds());
    }

    @Test
    void aListWithANameThatIsNoPersonIsNotTheGroup() {
        Event e = only(code(CHARGED + """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 knew know VBD O 0 root
                4 officers officer NNS O 6 compound
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obj
                7 and and CC O 8 cc
                8 Qatar Qatar NNP LOCATION 6 conj
                9 . . . O 3 punct
                """));
        assertTrue(e.targetIds().get(0).contains("officer"), e.toString());
    }

    @Test
    void aListOfAnotherSizeIsNotTheGroup() {
        Event e = only(code(CHARGED + """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 knew know VBD O 0 root
                4 officers officer NNS O 6 compound
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obj
                7 , , , O 9 punct
                8 Omar Omar NNP PERSON 9 compound
                9 Said Said NNP PERSON 6 conj
                10 and and CC O 12 cc
                11 Sara Sara NNP PERSON 12 compound
                12 Khan Khan NNP PERSON 6 conj
                13 . . . O 3 punct
                """));
        assertTrue(e.targetIds().get(0).contains("officer"), e.toString());
    }

    @Test
    void twoListsOfThatSizeLeaveTheGroupAsTold() {
        Event e = only(code(CHARGED + """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 knew know VBD O 0 root
                4 officers officer NNS O 6 compound
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obj
                7 and and CC O 9 cc
                8 Omar Omar NNP PERSON 9 compound
                9 Said Said NNP PERSON 6 conj
                10 . . . O 3 punct

                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 knew know VBD O 0 root
                4 officers officer NNS O 6 compound
                5 Sara Sara NNP PERSON 6 compound
                6 Khan Khan NNP PERSON 3 obj
                7 and and CC O 9 cc
                8 Musa Musa NNP PERSON 9 compound
                9 Yusuf Yusuf NNP PERSON 6 conj
                10 . . . O 3 punct
                """));
        assertTrue(e.targetIds().get(0).contains("officer"), e.toString());
    }

    @Test
    void aGroupWithoutACountIsNotRead() {
        Event e = only(code("""
                1 Prosecutors prosecutor NNS O 2 nsubj
                2 charged charge VBD O 0 root
                3 the the DT O 4 det
                4 officers officer NNS O 2 obj
                5 . . . O 2 punct

                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 knew know VBD O 0 root
                4 officers officer NNS O 6 compound
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obj
                7 and and CC O 9 cc
                8 Omar Omar NNP PERSON 9 compound
                9 Said Said NNP PERSON 6 conj
                10 . . . O 3 punct
                """));
        assertTrue(e.targetIds().get(0).contains("officer"), e.toString());
    }
}
