package org.annals.coding;

import static org.annals.coding.ResolvedActors.actor;
import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "The Ruto campaign", "the president's legal team": bodies of one named person. */
class PersonalBodiesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static final String RUTO = """
            1 Kenyan Kenyan JJ NATIONALITY 2 amod
            2 President President NNP O 4 compound
            3 William William NNP PERSON 4 compound
            4 Ruto Ruto NNP PERSON 5 nsubj
            5 spoke speak VBD O 0 root

            """;

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    @Test
    void aCampaignNamedByItsPersonIsAnOrganisationNamedAsTold() {
        Document d = resolve(RUTO + """
                1 The the DT O 3 det
                2 Ruto Ruto NNP PERSON 3 compound
                3 campaign campaign NN O 4 nsubj
                4 criticised criticise VBD O 0 root
                5 Odinga Odinga NNP PERSON 4 obj
                """);
        String id = actorOf(d, "campaign");
        assertEquals("org:william-ruto-campaign", id);
        assertEquals("William Ruto campaign", actor(d, id).name());
        assertEquals("KEN", actor(d, id).country());
    }

    @Test
    void thePresidentsLegalTeamTakesTheNameOfThePresident() {
        Document d = resolve(RUTO + """
                1 The the DT O 2 det
                2 president president NN O 5 nmod:poss
                3 's 's POS O 2 case
                4 legal legal JJ O 5 amod
                5 team team NN O 6 nsubj
                6 appealed appeal VBD O 0 root
                """);
        String id = actorOf(d, "team");
        assertEquals("org:william-rutos-legal-team", id);
        assertEquals("William Ruto's legal team", actor(d, id).name());
    }

    @Test
    void regressionATeamOfAFirmIsNoPersonalBody() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Ferrari Ferrari NNP ORGANIZATION 3 compound
                3 team team NN O 4 nsubj
                4 protested protest VBD O 0 root
                """);
        assertEquals("", actorOf(d, "team"));
    }

    @Test
    void regressionAPronounOwnerOrAPluralLeavesTheNounAlone() {
        Document d = resolve(RUTO + """
                1 His he PRP$ O 2 nmod:poss
                2 campaign campaign NN O 3 nsubj
                3 appealed appeal VBD O 0 root
                4 the the DT O 6 det
                5 Ruto Ruto NNP PERSON 6 compound
                6 teams team NNS O 3 obj
                """);
        assertEquals("", actorOf(d, "campaign"));
        assertEquals("", actorOf(d, "teams"));
    }

    @Test
    void regressionAnIndefiniteCampaignIsNoBodyThatActs() {
        Document d = resolve(RUTO + """
                1 A a DT O 3 det
                2 Ruto Ruto NNP PERSON 3 compound
                3 campaign campaign NN O 4 nsubj
                4 would would MD O 0 root
                """);
        assertEquals("", actorOf(d, "campaign"));
    }
}
