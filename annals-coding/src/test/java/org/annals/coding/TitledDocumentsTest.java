package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The title of a document or a measure tagged as an organisation is no target; test sentences. */
class TitledDocumentsTest {
    // Ana Ruiz endorsed the Green Party.
    private static final String ENDORSED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 endorsed endorse VBD O 0 root
            4 the the DT O 6 det
            5 Green Green NNP ORGANIZATION 6 compound
            6 Party Party NNP ORGANIZATION 3 obj
            7 . . . O 3 punct
            """;

    @Test
    void regressionEndorsingADealIsNoSupportOfAnActor() {
        // Ana Ruiz endorsed the Green New Deal.
        assertTrue(code("""
                        1 Ana Ana NNP PERSON 2 compound
                        2 Ruiz Ruiz NNP PERSON 3 nsubj
                        3 endorsed endorse VBD O 0 root
                        4 the the DT O 7 det
                        5 Green Green NNP ORGANIZATION 7 compound
                        6 New New NNP ORGANIZATION 7 compound
                        7 Deal Deal NNP ORGANIZATION 3 obj
                        8 . . . O 3 punct
                        """).isEmpty());
    }

    @Test
    void regressionABillOfRightsIsNamedByTheWordBeforeOf() {
        // Ana Ruiz endorsed the Economic Bill of Rights.
        assertTrue(code("""
                        1 Ana Ana NNP PERSON 2 compound
                        2 Ruiz Ruiz NNP PERSON 3 nsubj
                        3 endorsed endorse VBD O 0 root
                        4 the the DT O 6 det
                        5 Economic Economic NNP ORGANIZATION 6 compound
                        6 Bill Bill NNP ORGANIZATION 3 obj
                        7 of of IN ORGANIZATION 8 case
                        8 Rights Rights NNPS ORGANIZATION 6 nmod
                        9 . . . O 3 punct
                        """).isEmpty());
    }

    @Test
    void endorsingAPartyStillSupportsIt() {
        assertEquals(List.of("org:green-party"), only(code(ENDORSED)).targetIds());
    }
}
