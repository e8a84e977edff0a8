package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Event;
import org.annals.core.Modality;
import org.junit.jupiter.api.Test;

/** A resignation told as planned, wished or conditional is no concession; test sentences. */
class ResignationPlansTest {
    // Ana Ruiz resigned.
    private static final String RESIGNED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 resigned resign VBD O 0 root
            4 . . . O 3 punct
            """;

    @Test
    void regressionAResignationOthersWantIsNoConcession() {
        // The staff want Ana Ruiz to resign.
        assertTrue(code("""
                1 The the DT O 2 det
                2 staff staff NN O 3 nsubj
                3 want want VBP O 0 root
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 obj
                6 to to TO O 7 mark
                7 resign resign VB O 3 xcomp
                8 . . . O 3 punct
                """).stream().noneMatch(e -> e.type().equals("CONCEDE")));
    }

    @Test
    void regressionAResignationArrangedWithIsToIsNoConcession() {
        // Ana Ruiz is to step down.
        assertTrue(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 is be VBZ O 0 root
                4 to to TO O 5 mark
                5 step step VB O 3 xcomp
                6 down down RP O 5 compound:prt
                7 . . . O 3 punct
                """).isEmpty());
    }

    @Test
    void aResignationArrangedWithIsToIsNoConcessionWhenIsHangsOnTheVerb() {
        // Ana Ruiz is to step down.
        assertTrue(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 5 nsubj
                3 is be VBZ O 5 aux
                4 to to TO O 5 mark
                5 step step VB O 0 root
                6 down down RP O 5 compound:prt
                7 . . . O 5 punct
                """).isEmpty());
    }

    @Test
    void aResignationForcedIsKeptAsMade() {
        // Ana Ruiz was forced to resign.
        Event event = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 forced force VBN O 0 root
                5 to to TO O 6 mark
                6 resign resign VB O 4 xcomp
                7 . . . O 4 punct
                """));
        assertEquals("CONCEDE", event.type());
        assertEquals(Modality.ASSERTED, event.modality());
    }

    @Test
    void aResignationAnnouncedWithWillIsNoConcession() {
        assertTrue(code(RESIGNED.replace(
                                "3 resigned resign VBD O 0 root", "3 will will MD O 4 aux\n4 resign resign VB O 0 root")
                        .replace("4 . . . O 3 punct", "5 . . . O 4 punct")
                        .replace("2 Ruiz Ruiz NNP PERSON 3 nsubj", "2 Ruiz Ruiz NNP PERSON 4 nsubj"))
                .isEmpty());
    }

    @Test
    void aResignationMadeIsKept() {
        Event event = only(code(RESIGNED));
        assertEquals("CONCEDE", event.type());
        assertEquals(Modality.ASSERTED, event.modality());
    }

    @Test
    void aRefusalToResignIsKept() {
        // Ana Ruiz refused to resign.
        Event event = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 refused refuse VBD O 0 root
                4 to to TO O 5 mark
                5 resign resign VB O 3 xcomp
                6 . . . O 3 punct
                """));
        assertEquals("CONCEDE", event.type());
        assertEquals(Modality.NEGATED, event.modality());
    }

    @Test
    void aMeetingArrangedWithIsToIsKeptAsFuture() {
        // Ana Ruiz is to meet Li Wei.
        Event event = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 is be VBZ O 0 root
                4 to to TO O 5 mark
                5 meet meet VB O 3 xcomp
                6 Li Li NNP PERSON 7 compound
                7 Wei Wei NNP PERSON 5 obj
                8 . . . O 3 punct
                """));
        assertEquals("CONSULT", event.type());
        assertEquals(Modality.FUTURE, event.modality());
    }
}
