package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "Ford said" after "Ford Motor Company announced": a company named again by the words before its legal tail. */
class ShortOrganisationNamesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static final String TOYOTA_FULL = """
            1 Toyota Toyota NNP ORGANIZATION 3 compound
            2 Motor Motor NNP ORGANIZATION 3 compound
            3 Corporation Corporation NNP ORGANIZATION 4 nsubj
            4 recalled recall VBD O 0 root
            5 cars car NNS O 4 obj

            """;

    private static final String TOYOTA_SHORT = """
            1 Toyota Toyota NNP ORGANIZATION 2 nsubj
            2 apologised apologise VBD O 0 root
            """;

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static String lastActorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .reduce((first, second) -> second)
                .map(m -> m.actorId())
                .orElse("");
    }

    @Test
    void aCompanyNamedAgainByItsLeadingWordIsTheCompany() {
        Document d = resolve(TOYOTA_FULL + TOYOTA_SHORT);
        assertEquals("org:toyota-motor-corporation", lastActorOf(d, "Toyota"));
        assertFalse(d.actors().stream().anyMatch(a -> a.id().equals("org:toyota")));
    }

    @Test
    void aLegalFormAfterACommaIsATailToo() {
        Document d = resolve("""
                1 Nexora Nexora NNP ORGANIZATION 4 compound
                2 , , , ORGANIZATION 4 punct
                3 Inc. Inc. NNP ORGANIZATION 4 compound
                4 sued sue VBD O 0 root

                1 Nexora Nexora NNP ORGANIZATION 2 nsubj
                2 won win VBD O 0 root
                """);
        assertEquals("org:nexora-inc", lastActorOf(d, "Nexora"));
    }

    @Test
    void regressionANameThatTellsOneBodyFromAnotherIsNoTail() {
        Document d = resolve("""
                1 Toyota Toyota NNP ORGANIZATION 2 compound
                2 Foundation Foundation NNP ORGANIZATION 3 nsubj
                3 donated donate VBD O 0 root

                """ + TOYOTA_SHORT);
        assertEquals("org:toyota", lastActorOf(d, "Toyota"));
    }

    @Test
    void regressionTwoBodiesOfTheSameLeadingNameLeaveTheShortNameAlone() {
        Document d = resolve(TOYOTA_FULL + """
                1 Toyota Toyota NNP ORGANIZATION 2 compound
                2 Foundation Foundation NNP ORGANIZATION 3 nsubj
                3 donated donate VBD O 0 root

                """ + TOYOTA_SHORT);
        assertEquals("org:toyota", lastActorOf(d, "Toyota"));
    }

    @Test
    void regressionAPersonOfTheNameKeepsTheShortNameFromTheCompany() {
        Document d = resolve("""
                1 Kiichiro Kiichiro NNP PERSON 2 compound
                2 Toyoda Toyoda NNP PERSON 3 nsubj
                3 founded found VBD O 0 root
                4 Toyoda Toyoda NNP ORGANIZATION 6 compound
                5 Motor Motor NNP ORGANIZATION 6 compound
                6 Company Company NNP ORGANIZATION 3 obj

                1 Toyoda Toyoda NNP ORGANIZATION 2 nsubj
                2 retired retire VBD O 0 root
                """);
        assertNotEquals("org:toyoda-motor-company", lastActorOf(d, "Toyoda"));
    }

    @Test
    void regressionAShortNameBeforeTheFullNameIsLeftAlone() {
        Document d = resolve(TOYOTA_SHORT + "\n" + TOYOTA_FULL);
        assertEquals("org:toyota", actorOf(d, "Toyota"));
    }

    @Test
    void regressionAShortNameUsedBeforeTheFullNameKeepsItsLaterUsesWithTheEarlierOnes() {
        Document d = resolve(TOYOTA_SHORT + "\n" + TOYOTA_FULL + TOYOTA_SHORT);
        assertEquals("org:toyota", actorOf(d, "Toyota"));
        assertEquals("org:toyota", lastActorOf(d, "Toyota"));
    }

    @Test
    void tailWordsAreLegalFormsAndGenericWordsOnly() {
        for (String tail : List.of("Company", "Corp.", "Inc.", "Ltd", "plc", "AG", "GmbH", "Holdings", "Motor")) {
            assertTrue(ShortOrganisationNames.isTail(tail), tail);
        }
        for (String telling : List.of("Foundation", "Bank", "Airlines", "Party", "International", "University")) {
            assertFalse(ShortOrganisationNames.isTail(telling), telling);
        }
    }
}
