package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A relative pronoun that is the object of an act in a relative clause stands for the noun the clause modifies
 * (docs/evaluation.md, "Pronouns and relative words as sources and targets, pooled over all sets"); sentences
 * written for the test.
 */
class RelativeObjectsTest {
    private static Event only(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    // Okafor, whom Chile condemned, left.
    private static final String WHOM_CONDEMNED = """
            1 Okafor Okafor NNP PERSON 6 nsubj
            2 , , , O 1 punct
            3 whom whom WP O 5 obj
            4 Chile Chile NNP LOCATION 5 nsubj
            5 condemned condemn VBD O 1 acl:relcl
            6 left leave VBD O 0 root
            7 . . . O 6 punct
            """;

    @Test
    void regressionTheRelativeObjectOfAnActIsTheNounItsClauseModifies() {
        Event condemnation = only(code(WHOM_CONDEMNED), "ACCUSE");
        assertEquals(List.of("CHL"), condemnation.sourceIds());
        assertEquals(List.of("person:okafor"), condemnation.targetIds());
    }

    @Test
    void aRelativeObjectOfAThingNamesNoActor() {
        // "The bill, which Chile condemned, failed."
        String bill = WHOM_CONDEMNED
                .replace("1 Okafor Okafor NNP PERSON 6 nsubj", "1 bill bill NN O 6 nsubj")
                .replace("3 whom whom WP O 5 obj", "3 which which WDT O 5 obj");
        List<Event> events = code(bill);
        events.forEach(e -> assertEquals(List.of(), e.targetIds(), events.toString()));
    }

    @Test
    void aRelativeBeforeAnotherVerbIsNotTheObjectOfALaterOne() {
        // "Attah, who did it and Chile helped.": a garbled clause whose relative the parser hung on the later verb.
        String garbled = """
                1 Attah Attah NNP PERSON 0 root
                2 , , , O 1 punct
                3 who who WP O 8 obj
                4 did do VBD O 8 dep
                5 it it PRP O 4 obj
                6 and and CC O 8 cc
                7 Chile Chile NNP LOCATION 8 nsubj
                8 helped help VBD O 1 acl:relcl
                9 . . . O 1 punct
                """;
        List<Event> events = code(garbled);
        events.forEach(e -> assertEquals(List.of(), e.targetIds(), events.toString()));
    }
}
