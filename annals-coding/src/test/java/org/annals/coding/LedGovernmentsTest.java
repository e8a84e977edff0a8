package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A government named by the person who leads it ("the Trump administration") is the country's government. */
class LedGovernmentsTest {
    private static final ActorStage STAGE = new ActorStage();

    private static final String US_PRESIDENT_DONALD_TRUMP = """
            1 US US NNP LOCATION 4 compound
            2 President President NNP O 4 compound
            3 Donald Donald NNP PERSON 4 compound
            4 Trump Trump NNP PERSON 5 nsubj
            5 spoke speak VBD O 0 root

            """;

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2019-09-04\n" + conll));
    }

    private static String actorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .reduce((first, second) -> second)
                .map(m -> m.actorId())
                .orElse("");
    }

    @Test
    void theAdministrationOfALeaderIsTheLeadersCountrysGovernmentAndTheNameStaysThePerson() {
        Document d = resolve(US_PRESIDENT_DONALD_TRUMP + """
                1 The the DT O 3 det
                2 Trump Trump NNP PERSON 3 compound
                3 administration administration NN O 4 nsubj
                4 imposed impose VBD O 0 root
                5 sanctions sanction NNS O 4 obj
                """);
        assertEquals("USA.GOV", actorOf(d, "administration"));
        assertEquals("person:donald-trump", actorOf(d, "Trump"));
    }

    @Test
    void aPossessiveLeaderNamesTheGovernmentToo() {
        Document d = resolve("""
                1 German German JJ MISC 3 amod
                2 Chancellor Chancellor NNP O 4 compound
                3 Angela Angela NNP PERSON 4 compound
                4 Merkel Merkel NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root

                1 Merkel Merkel NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 cabinet cabinet NN O 4 nsubj
                4 met meet VBD O 0 root
                """);
        assertEquals("DEU.GOV", actorOf(d, "cabinet"));
    }

    @Test
    void anIndefiniteAdministrationIsNoGovernmentInOffice() {
        Document d = resolve(US_PRESIDENT_DONALD_TRUMP + """
                1 A a DT O 3 det
                2 Trump Trump NNP PERSON 3 compound
                3 administration administration NN O 5 nsubj
                4 would would MD O 5 aux
                5 differ differ VB O 0 root
                """);
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().equals("administration")));
    }
}
