package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A participle set off after a place named by a preposition has the clause's subject, never the place. */
class PlacesOfPhrasesTest {
    // Kenyan President William Ruto will return to the Gulf, visiting Qatar on Monday.
    private static final String RETURN_TO_THE_GULF = """
            1 Kenyan Kenyan JJ NATIONALITY 2 amod
            2 President President NNP O 4 compound
            3 William William NNP PERSON 4 compound
            4 Ruto Ruto NNP PERSON 6 nsubj
            5 will will MD O 6 aux
            6 return return VB O 0 root
            7 to to TO O 9 case
            8 the the DT O 9 det
            9 Gulf Gulf NNP LOCATION 6 obl
            10 , , , O 11 punct
            11 visiting visit VBG O 9 acl
            12 Qatar Qatar NNP LOCATION 11 obj
            13 on on IN O 14 case
            14 Monday Monday NNP DATE 11 obl
            15 . . . O 6 punct
            """;

    @Test
    void regressionAVisitSetOffAfterAPlaceIsMadeByTheClausesSubject() {
        Event event = only(code(RETURN_TO_THE_GULF));
        assertEquals("CONSULT", event.type());
        assertEquals(List.of("QAT"), event.targetIds());
        assertTrue(event.sourceIds().get(0).startsWith("person:"), event::toString);
    }

    @Test
    void withoutAnActorAsTheClausesSubjectThePlaceDoesNotVisit() {
        String delegation = RETURN_TO_THE_GULF
                .replace("1 Kenyan Kenyan JJ NATIONALITY 2 amod", "1 The the DT O 4 det")
                .replace("2 President President NNP O 4 compound", "2 trade trade NN O 4 compound")
                .replace("3 William William NNP PERSON 4 compound", "3 official official JJ O 4 amod")
                .replace("4 Ruto Ruto NNP PERSON 6 nsubj", "4 delegation delegation NN O 6 nsubj");
        assertTrue(code(delegation).isEmpty(), () -> code(delegation).toString());
    }
}
