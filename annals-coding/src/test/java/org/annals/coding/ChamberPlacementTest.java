package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/**
 * Legislative chambers that many countries name alike ("the Senate"): one id per country's chamber in every article,
 * from the country named before the chamber or after its "of", or from the article's other chambers.
 */
class ChamberPlacementTest {
    private static final ActorStage STAGE = new ActorStage();

    private static final String SENATE_OF_THE_PHILIPPINES = """
            1 The the DT O 2 det
            2 Senate Senate NNP ORGANIZATION 6 nsubj
            3 of of IN ORGANIZATION 5 case
            4 the the DT ORGANIZATION 5 det
            5 Philippines Philippines NNPS ORGANIZATION 2 nmod
            6 met meet VBD O 0 root

            """;

    private static final String UNITED_STATES_SENATE = """
            1 The the DT O 4 det
            2 United United NNP ORGANIZATION 3 compound
            3 States States NNPS ORGANIZATION 4 compound
            4 Senate Senate NNP ORGANIZATION 5 nsubj
            5 voted vote VBD O 0 root

            """;

    private static final String THE_SENATE_ADJOURNED = """
            1 The the DT O 2 det
            2 Senate Senate NNP ORGANIZATION 3 nsubj
            3 adjourned adjourn VBD O 0 root

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
    void aChamberNamedWithItsCountryAfterOfAndItsBareNameLaterAreOneBody() {
        Document philippine = resolve(SENATE_OF_THE_PHILIPPINES + THE_SENATE_ADJOURNED);
        assertEquals("org:PHL:senate", actorOf(philippine, "Senate of the Philippines"));
        assertEquals("org:PHL:senate", actorOf(philippine, "Senate"));
    }

    @Test
    void aBareChamberNamedBeforeTheChamberWithItsCountryIsThatCountrysChamber() {
        Document philippine = resolve(THE_SENATE_ADJOURNED + SENATE_OF_THE_PHILIPPINES);
        assertEquals("org:PHL:senate", actorOf(philippine, "Senate"));
    }

    @Test
    void theSameChamberNameOfAnotherCountryIsAnotherBody() {
        Document american = resolve(UNITED_STATES_SENATE + THE_SENATE_ADJOURNED);
        assertEquals("org:USA:senate", actorOf(american, "United States Senate"));
        assertEquals("org:USA:senate", actorOf(american, "Senate"));
        assertNotEquals(
                actorOf(resolve(SENATE_OF_THE_PHILIPPINES), "Senate of the Philippines"),
                actorOf(american, "United States Senate"));
    }

    @Test
    void theCountrysAdjectiveBeforeTheChamberNamesTheSameBodyAsItsNameAfterOf() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Philippine Philippine JJ ORGANIZATION 3 amod
                3 Senate Senate NNP ORGANIZATION 4 nsubj
                4 met meet VBD O 0 root
                """);
        assertEquals(
                actorOf(resolve(SENATE_OF_THE_PHILIPPINES), "Senate of the Philippines"),
                actorOf(d, "Philippine Senate"));
    }

    // "The House adjourned" before the article names the House in full, where no fuller name was read yet.
    @Test
    void theHouseIsTheOneHouseOfRepresentativesTheArticleNames() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 House House NNP ORGANIZATION 3 nsubj
                3 adjourned adjourn VBD O 0 root

                1 The the DT O 5 det
                2 House House NNP ORGANIZATION 5 nsubj
                3 of of IN ORGANIZATION 4 case
                4 Representatives Representatives NNPS ORGANIZATION 2 nmod
                5 voted vote VBD O 0 root
                """);
        assertEquals("org:house-of-representatives", actorOf(d, "House of Representatives"));
        assertEquals(actorOf(d, "House of Representatives"), actorOf(d, "House"));
    }

    @Test
    void aChamberBeforeAnOfficeHoldersTitleAndNameIsTheChamberAndTheNameThePerson() {
        Document d = resolve(UNITED_STATES_SENATE + """
                1 Senate Senate NNP ORGANIZATION 3 compound
                2 Majority Majority NNP ORGANIZATION 3 compound
                3 Leader Leader NNP ORGANIZATION 5 compound
                4 Chuck Chuck NNP PERSON 5 compound
                5 Schumer Schumer NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root
                """);
        assertEquals("org:USA:senate", actorOf(d, "Senate"));
        assertEquals(ActorKind.PERSON, kindOf(d, actorOf(d, "Chuck Schumer")));
    }

    // The tagger's one organisation over "Senate Majority Leader" with no name after it.
    @Test
    void anOfficeHoldersTitleAfterTheChamberIsNoPartOfTheChambersName() {
        Document d = resolve(UNITED_STATES_SENATE + """
                1 The the DT O 4 det
                2 Senate Senate NNP ORGANIZATION 4 compound
                3 Majority Majority NNP ORGANIZATION 4 compound
                4 Leader Leader NNP ORGANIZATION 5 nsubj
                5 spoke speak VBD O 0 root
                """);
        assertEquals("org:USA:senate", actorOf(d, "Senate Majority Leader"));
    }

    @Test
    void aBareChamberInAnArticleOfNoCountryKeepsTheIdOfItsNameAlone() {
        Document d = resolve(THE_SENATE_ADJOURNED);
        assertEquals("org:senate", actorOf(d, "Senate"));
        assertEquals("", actor(d, "org:senate").country());
    }

    private static Actor actor(Document document, String id) {
        return document.actors().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ActorKind kindOf(Document document, String id) {
        return actor(document, id).kind();
    }
}
