package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A surname the tagger names without the particle joined to it ("al-", "el-") is the person the full name named
 * (PersonNames); sentences written for the test.
 */
class NameParticlesTest {
    private static Event arrest(String conll) {
        List<Event> arrests = CodedEvents.code(conll).stream()
                .filter(e -> e.type().equals("COERCE"))
                .toList();
        return CodedEvents.only(arrests);
    }

    @Test
    void aSurnameWithoutItsArticleIsThePersonTheFullNameNamed() {
        String rawi = """
                1 Karim Karim NNP PERSON 3 nsubj
                2 al-Rawi al-Rawi NNP PERSON 1 flat
                3 spoke speak VBD O 0 root
                4 . . . O 3 punct

                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Rawi Rawi NNP PERSON 2 obj
                4 . . . O 2 punct
                """;
        assertEquals(List.of("person:karim-al-rawi"), arrest(rawi).targetIds());
    }

    @Test
    void aCapitalisedFirstPartOfAHyphenatedNameIsNoParticle() {
        String pierre = """
                1 Jean-Pierre Jean-Pierre NNP PERSON 3 nsubj
                2 Martin Martin NNP PERSON 1 flat
                3 spoke speak VBD O 0 root
                4 . . . O 3 punct

                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Pierre Pierre NNP PERSON 2 obj
                4 . . . O 2 punct
                """;
        Event arrest = arrest(pierre);
        assertEquals(1, arrest.targetIds().size(), arrest.toString());
        assertNotEquals("person:jean-pierre-martin", arrest.targetIds().get(0), arrest.toString());
    }
}
