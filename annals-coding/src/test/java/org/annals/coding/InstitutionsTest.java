package org.annals.coding;

import static org.annals.coding.ResolvedActors.actor;
import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.junit.jupiter.api.Test;

/** State institutions and sub-national governments: where a court, the police or a state belongs. */
class InstitutionsTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    @Test
    void aCityBeforeThePoliceGivesTheirCountry() {
        Document d = resolve("""
                1 Winnipeg Winnipeg NNP LOCATION 2 compound
                2 police police NNS O 3 nsubj
                3 detained detain VBD O 0 root
                4 a a DT O 5 det
                5 teenager teenager NN O 3 obj
                """);
        assertEquals("org:CAN:police", actorOf(d, "police"));
        Actor police = actor(d, "org:CAN:police");
        assertEquals("CAN", police.country());
        assertEquals("COP", police.sector());
        assertEquals(ActorKind.ORGANISATION, police.kind());
        // A quote's speaker is compared by the last word of its name: "police", as the text says.
        assertEquals("police", police.name());
    }

    @Test
    void aCourtInACityIsThatCountrysJudiciary() {
        Document d = resolve("""
                1 A a DT O 2 det
                2 court court NN O 5 nsubj
                3 in in IN O 4 case
                4 Rawalpindi Rawalpindi NNP LOCATION 2 nmod
                5 convicted convict VBD O 0 root
                6 two two CD O 7 nummod
                7 men man NNS O 5 obj
                """);
        assertEquals("org:PAK:judiciary", actorOf(d, "court"));
        assertEquals("JUD", actor(d, "org:PAK:judiciary").sector());
    }

    @Test
    void aDemonymGivesArmyAndProsecutorsOneIdPerCountryAndBody() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Nigerian Nigerian JJ MISC 3 amod
                3 army army NN O 4 nsubj
                4 attacked attack VBD O 0 root
                5 a a DT O 6 det
                6 camp camp NN O 4 obj

                1 Hungarian Hungarian JJ MISC 2 amod
                2 prosecutors prosecutor NNS O 3 nsubj
                3 charged charge VBD O 0 root
                4 the the DT O 5 det
                5 driver driver NN O 3 obj
                """);
        assertEquals("org:NGA:military", actorOf(d, "Nigerian army"));
        assertEquals("org:HUN:prosecution", actorOf(d, "Hungarian prosecutors"));
        assertEquals("JUD", actor(d, "org:HUN:prosecution").sector());
    }

    @Test
    void regressionProsecutorsAreNotTheJudgeBeforeWhomTheyArgue() {
        Document d = resolve("""
                1 A a DT O 4 det
                2 Hungarian Hungarian JJ MISC 4 amod
                3 federal federal JJ O 4 amod
                4 judge judge NN O 5 nsubj
                5 sentenced sentence VBD O 0 root
                6 a a DT O 7 det
                7 doctor doctor NN O 5 obj

                1 Hungarian Hungarian JJ MISC 2 amod
                2 prosecutors prosecutor NNS O 3 nsubj
                3 said say VBD O 0 root
                4 he he PRP O 5 nsubj
                5 lied lie VBD O 3 ccomp
                """);
        assertEquals("org:HUN:judiciary", actorOf(d, "Hungarian federal judge"));
        assertEquals("org:HUN:prosecution", actorOf(d, "Hungarian prosecutors"));
        assertEquals("Hungarian prosecutors", actor(d, "org:HUN:prosecution").name());
    }

    @Test
    void anUnplacedCourtBelongsToTheOneCountryTheArticleIsAbout() {
        Document d = resolve("""
                1 Brazil Brazil NNP LOCATION 2 nsubj
                2 raised raise VBD O 0 root
                3 taxes tax NNS O 2 obj
                4 in in IN O 5 case
                5 Brazil Brazil NNP LOCATION 2 obl

                1 The the DT O 3 det
                2 appeals appeal NNS O 3 compound
                3 court court NN O 4 nsubj
                4 blocked block VBD O 0 root
                5 the the DT O 6 det
                6 law law NN O 4 obj
                """);
        assertEquals("org:BRA:judiciary", actorOf(d, "court"));
    }

    @Test
    void anUnplacedCourtInAnArticleOnTwoCountriesStaysAGroup() {
        Document d = resolve("""
                1 Brazil Brazil NNP LOCATION 2 nsubj
                2 met meet VBD O 0 root
                3 Chile Chile NNP LOCATION 2 obj

                1 The the DT O 2 det
                2 court court NN O 3 nsubj
                3 ruled rule VBD O 0 root
                """);
        assertEquals("group:court", actorOf(d, "court"));
    }

    @Test
    void theArticlesCountryMustAlsoBeWhereTheStoryIsFirstPlaced() {
        Document d = resolve("""
                1 Burglars burglar NNS O 2 nsubj
                2 entered enter VBD O 0 root
                3 a a DT O 4 det
                4 gallery gallery NN O 2 obj
                5 in in IN O 6 case
                6 Leeds Leeds NNP LOCATION 4 nmod

                1 Japan Japan NNP LOCATION 2 nsubj
                2 lent lend VBD O 0 root
                3 the the DT O 4 det
                4 vase vase NN O 2 obj
                5 to to IN O 6 case
                6 Japan Japan NNP LOCATION 2 obl

                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 two two CD O 4 nummod
                4 men man NNS O 2 obj
                """);
        assertEquals("group:police", actorOf(d, "Police"));
    }

    @Test
    void localAuthoritiesAreNotTheNationalGovernment() {
        Document d = resolve("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 held hold VBD O 0 root
                3 polls poll NNS O 2 obj
                4 in in IN O 5 case
                5 Kenya Kenya NNP LOCATION 2 obl

                1 Local local JJ O 2 amod
                2 authorities authorities NNS O 3 nsubj
                3 closed close VBD O 0 root
                4 schools school NNS O 3 obj
                """);
        assertFalse(actorOf(d, "authorities").equals("KEN.GOV"));
        assertFalse(actorOf(d, "Local authorities").equals("KEN.GOV"));
    }

    @Test
    void aStateThatActsIsItsGovernmentCodedUnderItsCountry() {
        Document d = resolve("""
                1 Oregon Oregon NNP LOCATION 2 nsubj
                2 sued sue VBD O 0 root
                3 the the DT O 4 det
                4 company company NN O 2 obj
                """);
        assertEquals("USA-OR.GOV", actorOf(d, "Oregon"));
        Actor oregon = actor(d, "USA-OR.GOV");
        assertEquals(ActorKind.GOVERNMENT, oregon.kind());
        assertEquals("USA", oregon.country());
        assertEquals("GOV", oregon.sector());
        assertEquals(
                "USAGOV",
                CameoActorCodes.standard()
                        .of(oregon.id(), oregon.kind().name(), oregon.country(), oregon.sector())
                        .code());
    }

    @Test
    void theStateOfAndAProvincesGovernmentAreItsGovernment() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 state state NN O 5 nsubj
                3 of of IN O 4 case
                4 Nevada Nevada NNP LOCATION 2 nmod
                5 appealed appeal VBD O 0 root

                1 Manitoba Manitoba NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 government government NN O 4 nsubj
                4 resigned resign VBD O 0 root
                """);
        assertEquals("USA-NV.GOV", actorOf(d, "Nevada"));
        assertEquals("USA-NV.GOV", actorOf(d, "state"));
        assertEquals("CAN-MB.GOV", actorOf(d, "Manitoba 's government"));
    }

    @Test
    void theStateOfXThatASuitIsAgainstIsItsGovernmentButAVisitedStateIsAPlace() {
        Document d = resolve("""
                1 Groups group NNS O 2 nsubj
                2 filed file VBD O 0 root
                3 a a DT O 4 det
                4 lawsuit lawsuit NN O 2 obj
                5 against against IN O 7 case
                6 the the DT O 7 det
                7 state state NN O 4 nmod
                8 of of IN O 9 case
                9 Montana Montana NNP LOCATION 7 nmod

                1 Tourists tourist NNS O 2 nsubj
                2 visited visit VBD O 0 root
                3 the the DT O 4 det
                4 state state NN O 2 obj
                5 of of IN O 6 case
                6 Idaho Idaho NNP LOCATION 4 nmod
                """);
        assertEquals("USA-MT.GOV", actorOf(d, "Montana"));
        assertEquals("USA-MT.GOV", actorOf(d, "state"));
        assertEquals("", actorOf(d, "Idaho"));
    }

    @Test
    void aStateThatIsOrHasSomethingOrHasASenatorOrPartyIsNoGovernment() {
        Document d = resolve("""
                1 Idaho Idaho NNP LOCATION 2 nsubj
                2 had have VBD O 0 root
                3 few few JJ O 4 amod
                4 cases case NNS O 2 obj

                1 Kansas Kansas NNP LOCATION 4 nsubj
                2 is be VBZ O 4 cop
                3 the the DT O 4 det
                4 exception exception NN O 0 root

                1 Utah Utah NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 senator senator NN O 4 nsubj
                4 voted vote VBD O 0 root

                1 Oregon Oregon NNP LOCATION 4 nmod:poss
                2 's 's POS O 1 case
                3 biggest big JJS O 4 amod
                4 party party NN O 5 nsubj
                5 won win VBD O 0 root
                """);
        assertFalse(
                d.actors().stream().anyMatch(a -> a.kind() == ActorKind.GOVERNMENT),
                d.actors().toString());
    }

    @Test
    void governmentsInThePluralAreNoOneCountrysGovernment() {
        Document d = resolve("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 taxed tax VBD O 0 root
                3 Peru Peru NNP LOCATION 2 obj

                1 Governments government NNS O 2 nsubj
                2 closed close VBD O 0 root
                3 ports port NNS O 2 obj
                """);
        assertFalse(actorOf(d, "Governments").equals("PER.GOV"));
    }

    @Test
    void aStateNamedAsAPlaceIsNoActorButPlacesTheCourt() {
        Document d = resolve("""
                1 Farmers farmer NNS O 4 nsubj
                2 in in IN O 3 case
                3 Iowa Iowa NNP LOCATION 1 nmod
                4 protested protest VBD O 0 root

                1 An a DT O 3 det
                2 Iowa Iowa NNP LOCATION 3 compound
                3 judge judge NN O 4 nsubj
                4 ruled rule VBD O 0 root
                """);
        assertEquals("", actorOf(d, "Iowa"));
        assertFalse(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.GOVERNMENT));
        assertEquals("org:USA:judiciary", actorOf(d, "Iowa judge"));
    }

    @Test
    void georgiaIsTheCountryUnlessTheTextSaysState() {
        Document d = resolve("""
                1 Georgia Georgia NNP LOCATION 2 nsubj
                2 signed sign VBD O 0 root
                3 a a DT O 4 det
                4 deal deal NN O 2 obj

                1 The the DT O 2 det
                2 state state NN O 5 nsubj
                3 of of IN O 4 case
                4 Georgia Georgia NNP LOCATION 2 nmod
                5 objected object VBD O 0 root

                1 He he PRP O 2 nsubj
                2 lived live VBD O 0 root
                3 in in IN O 4 case
                4 Savannah Savannah NNP LOCATION 2 obl
                5 , , , O 6 punct
                6 Georgia Georgia NNP LOCATION 4 appos
                """);
        List<String> georgias = d.mentions().stream()
                .filter(m -> m.text().equals("Georgia"))
                .map(Mention::actorId)
                .toList();
        assertEquals(List.of("GEO", "USA-GA.GOV", ""), georgias);
    }

    @Test
    void washingtonIsTheUsGovernmentButWashingtonStateIsTheState() {
        Document d = resolve("""
                1 Washington Washington NNP LOCATION 2 nsubj
                2 warned warn VBD O 0 root
                3 Beijing Beijing NNP LOCATION 2 obj

                1 Washington Washington NNP LOCATION 2 compound
                2 state state NN O 3 nsubj
                3 sued sue VBD O 0 root
                """);
        List<String> washingtons = d.mentions().stream()
                .filter(m -> m.text().equals("Washington"))
                .map(Mention::actorId)
                .toList();
        assertEquals(List.of("USA.GOV", "USA-WA.GOV"), washingtons);
    }

    @Test
    void aPersonNamedLikeAStateIsNoState() {
        Document d = resolve("""
                1 Victoria Victoria NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 3 nsubj
                3 resigned resign VBD O 0 root
                """);
        assertTrue(d.actors().stream().anyMatch(a -> a.id().equals("person:victoria-okafor")));
        assertFalse(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.GOVERNMENT));
    }

    @Test
    void aCourtNamedAfterItsCityIsCodedUnderThatCountry() {
        Document d = resolve("""
                1 The the DT O 4 det
                2 Lahore Lahore NNP ORGANIZATION 4 compound
                3 High High NNP ORGANIZATION 4 compound
                4 Court Court NNP ORGANIZATION 5 nsubj
                5 adjourned adjourn VBD O 0 root
                """);
        assertEquals("org:PAK:lahore-high-court", actorOf(d, "Lahore High Court"));
        assertEquals("JUD", actor(d, "org:PAK:lahore-high-court").sector());
    }
}
