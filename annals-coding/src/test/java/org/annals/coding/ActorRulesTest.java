package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.junit.jupiter.api.Test;

/** One test per resolution rule: pronoun kinds and gender, names that are not persons, titles inside NER chunks. */
class ActorRulesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static Optional<Mention> mention(Document document, String text, int nth) {
        List<Mention> all =
                document.mentions().stream().filter(m -> m.text().equals(text)).toList();
        return nth < all.size() ? Optional.of(all.get(nth)) : Optional.empty();
    }

    private static String actorOf(Document document, String text, int nth) {
        return mention(document, text, nth).map(Mention::actorId).orElse("");
    }

    private static List<String> persons(Document document) {
        return document.actors().stream()
                .filter(a -> a.kind() == ActorKind.PERSON)
                .map(Actor::id)
                .toList();
    }

    @Test
    void itAndItsResolveToTheOrganisationThatIsTheSubject() {
        Document d = resolve("""
                1 Gazprom Gazprom NNP ORGANIZATION 2 nsubj
                2 said say VBD O 0 root
                3 it it PRP O 5 nsubj
                4 would would MD O 5 aux
                5 raise raise VB O 2 ccomp
                6 its its PRP$ O 7 nmod:poss
                7 prices price NNS O 5 obj
                8 . . . O 2 punct
                """);
        assertEquals("org:gazprom", actorOf(d, "it", 0));
        assertEquals("org:gazprom", actorOf(d, "its", 0));
    }

    @Test
    void aStateBodyNamedWithItsCountryIsCodedUnderThatCountryButACompanyIsNot() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Canadian Canadian JJ ORGANIZATION 3 amod
                3 Consulate consulate NNP ORGANIZATION 4 nsubj
                4 thanked thank VBD O 0 root
                5 Norwegian Norwegian NNP ORGANIZATION 6 compound
                6 Cruise Cruise NNP ORGANIZATION 7 compound
                7 Line Line NNP ORGANIZATION 4 obj
                """);
        assertEquals("org:CAN:canadian-consulate", actorOf(d, "Canadian Consulate", 0));
        assertEquals("org:norwegian-cruise-line", actorOf(d, "Norwegian Cruise Line", 0));
    }

    @Test
    void anHonorificTaggedWithTheNameIsNoPartOfIt() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Honourable Honourable NNP PERSON 4 compound
                3 Dr Dr NNP PERSON 4 compound
                4 Amara Amara NNP PERSON 5 compound
                5 Osei Osei NNP PERSON 6 nsubj
                6 resigned resign VBD O 0 root

                1 Amara Amara NNP PERSON 2 compound
                2 Osei Osei NNP PERSON 3 nsubj
                3 left leave VBD O 0 root
                """);
        assertEquals("person:amara-osei", actorOf(d, "Amara Osei", 0));
        assertEquals("person:amara-osei", actorOf(d, "Amara Osei", 1));
        assertEquals(List.of("person:amara-osei"), persons(d));
    }

    @Test
    void itNeverResolvesToAPersonNorWhenExpletive() {
        Document d = resolve("""
                1 Vladimir Vladimir NNP PERSON 2 compound
                2 Putin Putin NNP PERSON 3 nsubj
                3 said say VBD O 0 root
                4 it it PRP O 6 nsubj
                5 was be VBD O 6 cop
                6 important important JJ O 3 ccomp

                1 It it PRP O 2 nsubj
                2 failed fail VBD O 0 root
                """);
        assertEquals("", actorOf(d, "it", 0));
        assertEquals("", actorOf(d, "It", 0));
    }

    @Test
    void theyResolvesToTheOrganisationSubjectOfThePreviousSentence() {
        Document d = resolve("""
                1 Gazprom Gazprom NNP ORGANIZATION 2 nsubj
                2 cut cut VBD O 0 root
                3 output output NN O 2 obj

                1 They they PRP O 2 nsubj
                2 blamed blame VBD O 0 root
                3 Kyiv Kyiv NNP LOCATION 2 obj
                """);
        assertEquals("org:gazprom", actorOf(d, "They", 0));
    }

    @Test
    void theyStaysUnresolvedWhenAPluralObjectStandsBetween() {
        Document d = resolve("""
                1 Gazprom Gazprom NNP ORGANIZATION 2 nsubj
                2 cut cut VBD O 0 root
                3 supplies supply NNS O 2 obj

                1 They they PRP O 2 nsubj
                2 ran run VBD O 0 root
                3 out out RP O 2 compound:prt
                """);
        assertEquals("", actorOf(d, "They", 0));
    }

    @Test
    void theyAfterCoordinatedSubjectsStaysUnresolved() {
        Document d = resolve("""
                1 Gazprom Gazprom NNP ORGANIZATION 4 nsubj
                2 and and CC O 3 cc
                3 Rosneft Rosneft NNP ORGANIZATION 1 conj
                4 said say VBD O 0 root
                5 they they PRP O 6 nsubj
                6 agreed agree VBD O 4 ccomp
                """);
        assertEquals("", actorOf(d, "they", 0));
    }

    @Test
    void sheSkipsAPersonOfTheOtherGenderForOneKnownToBeFemale() {
        Document d = resolve("""
                1 Mr Mr NNP O 3 compound
                2 Donald Donald NNP PERSON 3 compound
                3 Trump Trump NNP PERSON 4 nsubj
                4 met meet VBD O 0 root
                5 Mrs Mrs NNP O 7 compound
                6 Theresa Theresa NNP PERSON 7 compound
                7 May May NNP PERSON 4 obj

                1 She she PRP O 2 nsubj
                2 left leave VBD O 0 root

                1 He he PRP O 2 nsubj
                2 stayed stay VBD O 0 root
                """);
        assertEquals("person:theresa-may", actorOf(d, "She", 0));
        assertEquals("person:donald-trump", actorOf(d, "He", 0));
    }

    @Test
    void categoryWordsKeepStormsAndPrizesFromBecomingPersons() {
        Document d = resolve("""
                1 Typhoon typhoon NNP O 2 compound
                2 Phanfone Phanfone NNP PERSON 3 nsubj
                3 hit hit VBD O 0 root
                4 the the DT O 7 det
                5 Walter Walter NNP PERSON 7 compound
                6 Reed Reed NNP PERSON 7 compound
                7 Hospital Hospital NNP PERSON 3 obj
                """);
        assertEquals(List.of(), persons(d));
        assertEquals("org:walter-reed-hospital", actorOf(d, "Walter Reed Hospital", 0));
    }

    @Test
    void personTaggedCountryNameIsTheCountry() {
        Document d = resolve("""
                1 Jordan Jordan NNP PERSON 2 nsubj
                2 closed close VBD O 0 root
                3 its its PRP$ O 4 nmod:poss
                4 border border NN O 2 obj
                """);
        assertEquals("JOR", actorOf(d, "Jordan", 0));
        assertEquals(List.of(), persons(d));
    }

    @Test
    void titleAtTheEndOfAnOrganisationChunkGoesToThePerson() {
        Document d = resolve("""
                1 Senate Senate NNP ORGANIZATION 5 compound
                2 Minority minority NNP ORGANIZATION 3 compound
                3 Leader leader NNP ORGANIZATION 5 compound
                4 Chuck Chuck NNP PERSON 5 compound
                5 Schumer Schumer NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root
                """);
        Actor schumer = d.actors().stream()
                .filter(a -> a.id().equals("person:chuck-schumer"))
                .findFirst()
                .orElseThrow();
        assertEquals("minority leader", schumer.role());
        assertEquals("affiliation", mention(d, "Senate", 0).orElseThrow().role());
        assertTrue(d.actors().stream().noneMatch(a -> a.name().contains("Leader")));
    }

    @Test
    void placeTaggedNamePartOfAKnownPersonIsThatPerson() {
        Document d = resolve("""
                1 Donald Donald NNP PERSON 2 compound
                2 Trump Trump NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Trump Trump NNP LOCATION 2 nsubj
                2 flew fly VBD O 0 root
                3 to to TO O 4 case
                4 Trump Trump NNP LOCATION 2 obl
                """);
        assertEquals("person:donald-trump", actorOf(d, "Trump", 0));
        assertEquals("", actorOf(d, "Trump", 1));
    }

    @Test
    void regressionANamePartTaggedAPlaceAfterToOnNoWordOfTravelIsThePerson() {
        Document d = resolve("""
                1 Donald Donald NNP PERSON 2 compound
                2 Trump Trump NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Joe Joe NNP PERSON 2 compound
                2 Biden Biden NNP PERSON 3 nsubj
                3 sent send VBD O 0 root
                4 condolences condolence NNS O 3 obj
                5 to to TO O 6 case
                6 Trump Trump NNP LOCATION 3 obl

                1 Biden Biden NNP PERSON 2 nsubj
                2 starred star VBD O 0 root
                3 in in IN O 4 case
                4 Trump Trump NNP LOCATION 2 obl
                """);
        assertEquals("person:donald-trump", actorOf(d, "Trump", 0));
        assertEquals("", actorOf(d, "Trump", 1));
    }

    @Test
    void regressionAPossessorAfterAPrepositionIsNotItsObject() {
        Document d = resolve("""
                1 Nickey Nickey NNP PERSON 2 compound
                2 Iyambo Iyambo NNP PERSON 3 nsubj
                3 died die VBD O 0 root

                1 Geingob Geingob NNP PERSON 2 nsubj
                2 expressed express VBD O 0 root
                3 sadness sadness NN O 2 obj
                4 at at IN O 7 case
                5 Iyambo Iyambo NNP LOCATION 7 nmod:poss
                6 's 's POS O 5 case
                7 death death NN O 2 obl
                """);
        assertEquals("person:nickey-iyambo", actorOf(d, "Iyambo", 0));
    }

    @Test
    void regressionASurnameSeveralFullNamesShareIsThePersonNamedFirst() {
        Document d = resolve("""
                1 Kamala Kamala NNP PERSON 2 compound
                2 Harris Harris NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Harris Harris NNP PERSON 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Biden Biden NNP PERSON 2 obj

                1 Her her PRP$ O 2 nmod:poss
                2 father father NN O 6 nsubj
                3 Donald Donald NNP PERSON 5 compound
                4 J. J. NNP PERSON 5 compound
                5 Harris Harris NNP PERSON 2 appos
                6 taught teach VBD O 0 root
                """);
        assertEquals("person:kamala-harris", actorOf(d, "Harris", 0));
    }

    @Test
    void aLoneWordTaggedPersonOnceDoesNotMakeItsPlaceReadingsPersons() {
        Document d = resolve("""
                1 Rebels rebel NNS O 2 nsubj
                2 reached reach VBD O 0 root
                3 Kobani Kobani NNP PERSON 2 obj

                1 Kobani Kobani NNP LOCATION 2 nsubj
                2 fell fall VBD O 0 root

                1 Forces force NNS O 2 nsubj
                2 left leave VBD O 0 root
                3 Kobani Kobani NNP MISC 2 obj
                """);
        assertEquals(
                List.of(MentionType.PERSON, MentionType.LOCATION, MentionType.MISC),
                d.mentions().stream()
                        .filter(m -> m.text().equals("Kobani"))
                        .map(Mention::type)
                        .toList());
    }

    @Test
    void aCompassWordNamedWithAKnownPlaceStaysInItsMention() {
        Document d = resolve("""
                1 Jets jet NNS O 2 nsubj
                2 struck strike VBD O 0 root
                3 Western Western NNP LOCATION 4 amod
                4 Kenya Kenya NNP LOCATION 2 obj
                5 and and CC O 7 cc
                6 eastern eastern JJ O 7 amod
                7 Uganda Uganda NNP LOCATION 4 conj
                """);
        assertEquals(
                List.of("Western Kenya", "Uganda"),
                d.mentions().stream()
                        .filter(m -> m.type() == MentionType.LOCATION)
                        .map(Mention::text)
                        .toList());
        assertEquals("KEN", actorOf(d, "Western Kenya", 0));
    }

    @Test
    void pluralOfficialsWithACountryAreItsGovernmentAndBarePoliceIsAGroup() {
        Document d = resolve("""
                1 Iranian Iranian JJ MISC 2 amod
                2 officials official NNS O 3 nsubj
                3 said say VBD O 0 root

                1 Police police NNS O 2 nsubj
                2 said say VBD O 0 root
                """);
        assertEquals("IRN.GOV", actorOf(d, "Iranian officials", 0));
        assertEquals("group:police", actorOf(d, "Police", 0));
        assertFalse(d.actors().stream().anyMatch(a -> a.kind() == ActorKind.PERSON));
    }

    @Test
    void aShortNameStandsForTheOnlyBodyNamedEarlierInFull() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 Chamber Chamber NNP ORGANIZATION 5 nsubj
                3 of of IN ORGANIZATION 4 case
                4 Deputies Deputies NNP ORGANIZATION 2 nmod
                5 met meet VBD O 0 root

                1 The the DT O 2 det
                2 Chamber Chamber NNP ORGANIZATION 3 nsubj
                3 voted vote VBD O 0 root
                """);
        assertEquals("org:chamber-of-deputies", actorOf(d, "Chamber", 0));
        Document two = resolve("""
                1 The the DT O 2 det
                2 Chamber Chamber NNP ORGANIZATION 5 nsubj
                3 of of IN ORGANIZATION 4 case
                4 Deputies Deputies NNP ORGANIZATION 2 nmod
                5 met meet VBD O 0 root
                6 the the DT O 7 det
                7 Chamber Chamber NNP ORGANIZATION 5 obj
                8 of of IN ORGANIZATION 9 case
                9 Commerce Commerce NNP ORGANIZATION 7 nmod

                1 The the DT O 2 det
                2 Chamber Chamber NNP ORGANIZATION 3 nsubj
                3 voted vote VBD O 0 root
                """);
        assertEquals("org:chamber", actorOf(two, "Chamber", 0), "two bodies fit, so neither is chosen");
    }

    @Test
    void theEmbassyIsTheOnlyEmbassyNamedBefore() {
        Document d = resolve("""
                1 She she PRP O 2 nsubj
                2 wrote write VBD O 0 root
                3 to to IN O 6 case
                4 the the DT O 6 det
                5 Chilean Chilean NNP ORGANIZATION 6 compound
                6 Embassy Embassy NNP ORGANIZATION 2 obl

                1 The the DT O 2 det
                2 embassy embassy NN O 3 nsubj
                3 declined decline VBD O 0 root

                1 The the DT O 2 det
                2 ministry ministry NN O 3 nsubj
                3 declined decline VBD O 0 root
                """);
        assertEquals(actorOf(d, "Chilean Embassy", 0), actorOf(d, "embassy", 0));
        assertTrue(actorOf(d, "Chilean Embassy", 0).startsWith("org:"));
        assertEquals("", actorOf(d, "ministry", 0), "no ministry was named before");
    }

    @Test
    void anOrganisationNamedAfterAPersonKeepsItsCategoryWordAndItsShortForm() {
        Document d = resolve("""
                1 Chile Chile NNP LOCATION 2 nsubj
                2 fined fine VBD O 0 root
                3 Korda Korda NNP PERSON 4 compound
                4 Airways Airways NNP O 2 obj
                5 . . . O 2 punct

                1 Korda Korda NNP PERSON 2 nsubj
                2 appealed appeal VBD O 0 root
                3 . . . O 2 punct
                """);
        assertEquals("org:korda-airways", actorOf(d, "Korda Airways", 0));
        assertEquals("org:korda-airways", actorOf(d, "Korda", 0));
        assertTrue(persons(d).isEmpty(), persons(d).toString());
    }

    @Test
    void aTitleBeforeANameTaggedOrganisationMakesItAPerson() {
        Document d = resolve("""
                1 Sultan Sultan NNP O 3 compound
                2 Haitham Haitham NNP ORGANIZATION 3 compound
                3 II II NNP ORGANIZATION 4 nsubj
                4 said say VBD O 0 root
                5 she she PRP O 7 nsubj
                6 would would MD O 7 aux
                7 attend attend VB O 4 ccomp
                8 . . . O 4 punct
                """);
        assertEquals(
                ActorKind.PERSON,
                d.actors().stream()
                        .filter(a -> a.id().equals(actorOf(d, "Haitham II", 0)))
                        .findFirst()
                        .orElseThrow()
                        .kind());
        Document university = resolve("""
                1 King King NNP O 3 compound
                2 Saud Saud NNP ORGANIZATION 3 compound
                3 University University NNP ORGANIZATION 4 nsubj
                4 opened open VBD O 0 root
                """);
        assertTrue(persons(university).isEmpty(), persons(university).toString());
    }

    /** "in Tianjin" tagged PERSON: a gazetteer city after a preposition of place is the place. */
    @Test
    void aKnownCityAfterAPrepositionOfPlaceIsAPlaceWhateverItsTag() {
        Document d = resolve("""
                1 Floods floods NNS O 2 nsubj
                2 hit hit VBD O 0 root
                3 homes home NNS O 2 obj
                4 in in IN O 5 case
                5 Tianjin Tianjin NNP PERSON 3 nmod
                6 . . . O 2 punct
                """);
        assertEquals(
                MentionType.LOCATION, mention(d, "Tianjin", 0).orElseThrow().type());
        assertTrue(persons(d).isEmpty(), persons(d).toString());
    }

    /** The same name as a subject, or after "in" where the article names a person with it, stays a person. */
    @Test
    void aCityNameOutsideAPlaceContextOrNamingAPersonElsewhereStaysAPerson() {
        Document subject = resolve("""
                1 Tianjin Tianjin NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 . . . O 2 punct
                """);
        assertEquals(
                MentionType.PERSON, mention(subject, "Tianjin", 0).orElseThrow().type());
        Document named = resolve("""
                1 Ann Ann NNP PERSON 2 compound
                2 Batman Batman NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 in in IN O 5 case
                5 Batman Batman NNP PERSON 3 obl
                6 . . . O 3 punct
                """);
        assertEquals(
                MentionType.PERSON, mention(named, "Batman", 0).orElseThrow().type());
    }

    /** "Woodbridge, Virginia, voted" tagged PERSON: a name followed by its state, closed by a comma, is a place. */
    @Test
    void aNameFollowedByItsStateIsAPlace() {
        Document d = resolve("""
                1 Woodbridge Woodbridge NNP PERSON 5 nsubj
                2 , , , O 3 punct
                3 Virginia Virginia NNP LOCATION 1 appos
                4 , , , O 1 punct
                5 voted vote VBD O 0 root
                6 . . . O 5 punct
                """);
        assertEquals(
                MentionType.LOCATION, mention(d, "Woodbridge", 0).orElseThrow().type());
    }

    /** "Smith, Texas's governor": the state opens a description of the person, so the person stays. */
    @Test
    void aNameBeforeAStateThatGoesOnIsNoPlace() {
        Document d = resolve("""
                1 Smith Smith NNP PERSON 6 nsubj
                2 , , , O 5 punct
                3 Texas Texas NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 governor governor NN O 1 appos
                6 spoke speak VBD O 0 root
                7 . . . O 6 punct
                """);
        assertEquals(MentionType.PERSON, mention(d, "Smith", 0).orElseThrow().type());
    }

    /** "Operation Inherent Resolve" tagged ORGANIZATION is an operation, no organisation; "Operations Command" is one. */
    @Test
    void aNamedOperationIsNoOrganisation() {
        Document d = resolve("""
                1 Operation Operation NNP ORGANIZATION 3 compound
                2 Inherent Inherent NNP ORGANIZATION 3 compound
                3 Resolve Resolve NNP ORGANIZATION 4 nsubj
                4 continued continue VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(
                MentionType.MISC,
                mention(d, "Operation Inherent Resolve", 0).orElseThrow().type());
        Document body = resolve("""
                1 Special Special NNP ORGANIZATION 3 compound
                2 Operations Operations NNP ORGANIZATION 3 compound
                3 Command Command NNP ORGANIZATION 4 nsubj
                4 said say VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(
                MentionType.ORGANISATION,
                mention(body, "Special Operations Command", 0).orElseThrow().type());
    }
}
