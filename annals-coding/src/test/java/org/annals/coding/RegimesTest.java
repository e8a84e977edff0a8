package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.junit.jupiter.api.Test;

/** A regime named by its country or its ruler is that country's government (Regimes); sentences written for it. */
class RegimesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static List<String> regimeActors(Document document) {
        return document.mentions().stream()
                .filter(m -> m.text().equals("regime"))
                .map(Mention::actorId)
                .toList();
    }

    // The Iranian regime arrested activists.
    private static final String DEMONYM = """
            1 The the DT O 3 det
            2 Iranian Iranian JJ MISC 3 amod
            3 regime regime NN O 4 nsubj
            4 arrested arrest VBD O 0 root
            5 activists activist NNS O 4 obj
            6 . . . O 4 punct
            """;

    @Test
    void aRegimeNamedByItsCountryIsThatCountrysGovernment() {
        Document d = resolve(DEMONYM);
        assertEquals("IRN.GOV", actorOf(d, "regime"));
        Mention regime = d.mentions().stream()
                .filter(m -> m.text().equals("regime"))
                .findFirst()
                .orElseThrow();
        assertEquals(Regimes.ROLE, regime.role());
    }

    // Venezuelan President Maduro spoke. The Maduro regime arrested activists.
    private static final String RULER_WITH_COUNTRY = """
            1 Venezuelan Venezuelan JJ MISC 3 amod
            2 President President NNP O 3 compound
            3 Maduro Maduro NNP PERSON 4 nsubj
            4 spoke speak VBD O 0 root
            5 . . . O 4 punct

            1 The the DT O 3 det
            2 Maduro Maduro NNP PERSON 3 compound
            3 regime regime NN O 4 nsubj
            4 arrested arrest VBD O 0 root
            5 activists activist NNS O 4 obj
            6 . . . O 4 punct
            """;

    @Test
    void aRegimeNamedByItsRulerIsTheGovernmentOfTheRulersCountry() {
        assertEquals("VEN.GOV", actorOf(resolve(RULER_WITH_COUNTRY), "regime"));
    }

    // Floods hit Venezuela. Venezuela asked for help. Maduro's regime arrested activists.
    private static final String RULER_WITHOUT_COUNTRY = """
            1 Floods flood NNS O 2 nsubj
            2 hit hit VBD O 0 root
            3 Venezuela Venezuela NNP LOCATION 2 obj

            1 Venezuela Venezuela NNP LOCATION 2 nsubj
            2 asked ask VBD O 0 root
            3 for for IN O 4 case
            4 help help NN O 2 obl

            1 Maduro Maduro NNP PERSON 3 nmod:poss
            2 's 's POS O 1 case
            3 regime regime NN O 4 nsubj
            4 arrested arrest VBD O 0 root
            5 activists activist NNS O 4 obj
            """;

    @Test
    void aRulerWhoseCountryIsNotGivenRulesTheCountryTheArticleIsAbout() {
        assertEquals("VEN.GOV", actorOf(resolve(RULER_WITHOUT_COUNTRY), "regime"));
    }

    @Test
    void aNameTheArticleResolvesToNobodyBeforeRegimeIsItsRuler() {
        String taggedAsPlace = RULER_WITHOUT_COUNTRY.replace(
                "1 Maduro Maduro NNP PERSON 3 nmod:poss", "1 Maduro Maduro NNP LOCATION 3 nmod:poss");
        assertEquals("VEN.GOV", actorOf(resolve(taggedAsPlace), "regime"));
    }

    @Test
    void theRegimeOfARulerIsTheRulersGovernment() {
        Document d = resolve(RULER_WITHOUT_COUNTRY.replace("""
                1 Maduro Maduro NNP PERSON 3 nmod:poss
                2 's 's POS O 1 case
                3 regime regime NN O 4 nsubj
                4 arrested arrest VBD O 0 root
                5 activists activist NNS O 4 obj
                """, """
                1 The the DT O 2 det
                2 regime regime NN O 5 nsubj
                3 of of IN O 4 case
                4 Maduro Maduro NNP PERSON 2 nmod
                5 arrested arrest VBD O 0 root
                6 activists activist NNS O 5 obj
                """));
        assertEquals("VEN.GOV", actorOf(d, "regime"));
    }

    // The Iranian regime arrested activists. The regime denied it. Regime forces fired.
    private static final String BARE_AFTER_NAMED = DEMONYM + """

            1 The the DT O 2 det
            2 regime regime NN O 3 nsubj
            3 denied deny VBD O 0 root
            4 it it PRP O 3 obj

            1 Regime regime NN O 2 compound
            2 forces force NNS O 3 nsubj
            3 fired fire VBD O 0 root
            """;

    @Test
    void aBareRegimeIsTheOneRegimeNamedBefore() {
        Document d = resolve(BARE_AFTER_NAMED);
        assertEquals(List.of("IRN.GOV", "IRN.GOV"), regimeActors(d));
        assertEquals("IRN.GOV", actorOf(d, "Regime"));
    }

    @Test
    void aBareRegimeWithNoneNamedBeforeIsNobody() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 regime regime NN O 3 nsubj
                3 arrested arrest VBD O 0 root
                4 activists activist NNS O 3 obj
                """);
        assertEquals("", actorOf(d, "regime"));
    }

    @Test
    void aSanctionsRegimeNamesNoGovernment() {
        Document d = resolve("""
                1 Iran Iran NNP LOCATION 2 nsubj
                2 arrested arrest VBD O 0 root
                3 activists activist NNS O 2 obj

                1 The the DT O 3 det
                2 sanctions sanction NNS O 3 compound
                3 regime regime NN O 4 nsubj
                4 failed fail VBD O 0 root
                """);
        assertEquals(List.of(), regimeActors(d));
    }

    @Test
    void regimeChangeNamesNoGovernment() {
        Document d = resolve(DEMONYM + """

                1 Exiles exile NNS O 2 nsubj
                2 want want VBP O 0 root
                3 regime regime NN O 4 compound
                4 change change NN O 2 obj
                """);
        assertEquals(List.of("IRN.GOV"), regimeActors(d));
    }

    @Test
    void anIndefiniteRegimeNamesNoGovernment() {
        Document d = resolve(DEMONYM + """

                1 They they PRP O 2 nsubj
                2 want want VBP O 0 root
                3 a a DT O 4 det
                4 regime regime NN O 2 obj
                """);
        assertEquals(List.of("IRN.GOV"), regimeActors(d));
    }
}
