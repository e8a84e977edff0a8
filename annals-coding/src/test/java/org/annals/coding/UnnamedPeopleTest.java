package org.annals.coding;

import static org.annals.coding.ResolvedActors.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Mention;
import org.junit.jupiter.api.Test;

class UnnamedPeopleTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static Document resolve(String conll) {
        return ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
    }

    private static List<Event> code(String conll) {
        return EVENTS.apply(resolve(conll)).events();
    }

    private static Optional<String> actorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .map(Mention::actorId)
                .filter(id -> id != null && !id.isEmpty())
                .findFirst();
    }

    @Test
    void aCountedProfessionIsAGroupWithItsSector() {
        Document d = resolve("""
                1 Three three CD O 2 nummod
                2 nurses nurse NNS O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        Actor nurses = actor(d, "group:nurse");
        assertEquals(ActorKind.GROUP, nurses.kind());
        assertEquals("HLH", nurses.sector());
        assertEquals("", nurses.country());
    }

    @Test
    void peopleAndCrowdsFromACountryAreOfThatCountry() {
        Document d = resolve("""
                1 Refugees refugee NNS O 4 nsubj
                2 from from IN O 3 case
                3 Eritrea Eritrea NNP LOCATION 1 nmod
                4 protested protest VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(Optional.of("group:ERI:refugee"), actorOf(d, "Refugees"));
        Document notFrom = resolve("""
                1 Refugees refugee NNS O 4 nsubj
                2 in in IN O 3 case
                3 Eritrea Eritrea NNP LOCATION 1 nmod
                4 protested protest VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(Optional.of("group:refugee"), actorOf(notFrom, "Refugees"));
        String teachers = """
                1 Teachers teacher NNS O 4 nsubj
                2 from from IN O 3 case
                3 Eritrea Eritrea NNP LOCATION 1 nmod
                4 resigned resign VBD O 0 root
                5 . . . O 4 punct
                """;
        assertEquals(Optional.of("group:ERI:teacher"), actorOf(resolve(teachers), "Teachers"));
    }

    @Test
    void aDemonymGivesTheGroupItsCountryAndAnIdOfItsOwn() {
        Document d = resolve("""
                1 French French JJ MISC 2 amod
                2 teachers teacher NNS O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        Actor teachers = actor(d, "group:FRA:teacher");
        assertEquals("FRA", teachers.country());
        assertEquals("EDU", teachers.sector());
    }

    @Test
    void aDemonymGivesACollectiveItsCountryAndTheBareWordKeepsNone() {
        Document d = resolve("""
                1 Kenyan Kenyan JJ MISC 2 amod
                2 demonstrators demonstrator NNS O 3 nsubj
                3 blocked block VBD O 0 root
                4 roads road NNS O 3 obj

                1 Demonstrators demonstrator NNS O 2 nsubj
                2 dispersed disperse VBD O 0 root
                """);
        Actor kenyan = actor(d, "group:KEN:demonstrator");
        assertEquals("KEN", kenyan.country());
        assertEquals("", actor(d, "group:demonstrator").country());
    }

    @Test
    void aCompoundNamesTheRoleBeforeItsHeadWord() {
        Document d = resolve("""
                1 Border border NN O 2 compound
                2 guards guard NNS O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        Actor guards = actor(d, "group:border-guard");
        assertEquals("border guards", guards.name());
        assertEquals("COP", guards.sector());
    }

    @Test
    void uncountedPeopleAreAPopulationNotAnActor() {
        Document d = resolve("""
                1 Many many JJ O 2 amod
                2 people people NNS O 3 nsubj
                3 left leave VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "people"));
    }

    @Test
    void nobodyQuantifiedTheAudienceOfSpeechAndADefiniteCountAreNoGroups() {
        Document d = resolve("""
                1 No no DT O 2 det
                2 farmers farmer NNS O 3 nsubj
                3 left leave VBD O 0 root
                4 . . . O 3 punct

                1 He he PRP O 2 nsubj
                2 told tell VBD O 0 root
                3 correspondents correspondent NNS O 2 obj
                4 . . . O 2 punct

                1 The the DT O 3 det
                2 two two CD O 3 nummod
                3 pilots pilot NNS O 4 nsubj
                4 left leave VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "farmers"));
        assertEquals(Optional.empty(), actorOf(d, "correspondents"));
        assertEquals(Optional.empty(), actorOf(d, "pilots"));
    }

    @Test
    void aRoleAfterAsSaysWhatSomeoneIsNotWhoActs() {
        Document d = resolve("""
                1 She she PRP O 2 nsubj
                2 worked work VBD O 0 root
                3 as as IN O 5 case
                4 a a DT O 5 det
                5 pharmacist pharmacist NN O 2 obl
                6 . . . O 2 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "pharmacist"));
    }

    @Test
    void peopleOfANamedPersonAreKnownThroughThatPerson() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 kidnappers kidnapper NNS O 6 nsubj
                3 of of IN O 5 case
                4 Ali Ali NNP PERSON 5 compound
                5 Hassan Hassan NNP PERSON 2 nmod
                6 fled flee VBD O 0 root
                7 . . . O 6 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "kidnappers"));
    }

    private static final String KENYA_TWICE = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 voted vote VBD O 0 root
            3 . . . O 2 punct

            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 waited wait VBD O 0 root
            3 . . . O 2 punct
            """;

    @Test
    void regressionTheAdjectiveOfficialMisparsedAsANounBeforeANameOrNounIsNoPerson() {
        String beforeName = """
                1 According according VBG O 4 case
                2 to to IN O 1 fixed
                3 the the DT O 4 det
                4 official official NN O 10 obl
                5 WHO WHO WP ORGANIZATION 4 ref
                6 report report VBP O 4 acl:relcl
                7 , , , O 10 punct
                8 80 80 CD O 9 nummod
                9 people people NNS O 10 nsubj
                10 died die VBD O 0 root
                11 . . . O 10 punct
                """;
        assertEquals(Optional.empty(), actorOf(resolve(beforeName), "official"));
        String beforeNoun = """
                1 The the DT O 2 det
                2 official official NN O 4 nsubj
                3 statement statement NN O 2 dep
                4 came come VBD O 0 root
                5 . . . O 4 punct
                """;
        assertEquals(Optional.empty(), actorOf(resolve(beforeNoun), "official"));
    }

    @Test
    void anOfficialBeforeADateOrAloneStillActs() {
        String beforeDate = """
                1 An a DT O 2 det
                2 official official NN O 4 nsubj
                3 Monday Monday NNP DATE 4 obl
                4 resigned resign VBD O 0 root
                5 . . . O 4 punct
                """;
        assertEquals(Optional.of("group:official"), actorOf(resolve(beforeDate), "official"));
        String alone = """
                1 The the DT O 2 det
                2 official official NN O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """;
        assertEquals(Optional.of("group:official"), actorOf(resolve(alone), "official"));
    }

    @Test
    void anUnnamedOfficeHolderIsTheGovernmentOfTheArticlesCountry() {
        Document d = resolve(KENYA_TWICE + """

                1 A a DT O 3 det
                2 senior senior JJ O 3 amod
                3 official official NN O 4 nsubj
                4 resigned resign VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(Optional.of("KEN.GOV"), actorOf(d, "official"));
    }

    @Test
    void anOfficeHolderNamedInAppositionIsNoGovernment() {
        Document d = resolve(KENYA_TWICE + """

                1 The the DT O 3 det
                2 deputy deputy JJ O 3 amod
                3 minister minister NN O 7 nsubj
                4 , , , O 5 punct
                5 Ann Ann NNP PERSON 6 compound
                6 Lee Lee NNP PERSON 3 appos
                7 resigned resign VBD O 0 root
                8 . . . O 7 punct
                """);
        assertTrue(
                actorOf(d, "minister").filter(id -> id.endsWith(".GOV")).isEmpty(),
                d.mentions().toString());
    }

    @Test
    void theDefinitePluralOfAnOfficeNeedNotBeOfTheArticlesCountry() {
        Document d = resolve(KENYA_TWICE + """

                1 The the DT O 2 det
                2 ministers minister NNS O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(Optional.of("group:minister"), actorOf(d, "ministers"));
    }

    @Test
    void theOfficeHolderAfterOneOfANamedBodyIsThatOneNotTheGovernment() {
        Document d = resolve(KENYA_TWICE + """

                1 A a DT O 3 det
                2 UNICEF UNICEF NNP ORGANIZATION 3 compound
                3 spokeswoman spokeswoman NN O 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 The the DT O 2 det
                2 spokeswoman spokeswoman NN O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "spokeswoman"));
    }

    @Test
    void anUnnamedOfficeHolderWithoutCountryIsAGroup() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 governor governor NN O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(Optional.of("group:governor"), actorOf(d, "governor"));
        assertEquals("GOV", actor(d, "group:governor").sector());
    }

    @Test
    void theOneUnnamedHolderOfATitleIsThatOfficeOfTheCountryNotItsGovernment() {
        Document d = resolve(KENYA_TWICE + """

                1 The the DT O 2 det
                2 mayor mayor NN O 3 nsubj
                3 objected object VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(Optional.of("group:KEN:mayor"), actorOf(d, "mayor"));
        Actor mayor = actor(d, "group:KEN:mayor");
        assertEquals("KEN", mayor.country());
        assertEquals("GOV", mayor.sector());
    }

    @Test
    void aTitleTwoNamedPeopleHoldIsLeftToTheSpeakerRulesNotGivenToTheGovernment() {
        Document d = resolve(KENYA_TWICE + """

                1 Mayor Mayor NNP O 3 compound
                2 Ann Ann NNP PERSON 3 compound
                3 Lee Lee NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 Mayor Mayor NNP O 3 compound
                2 Bo Bo NNP PERSON 3 compound
                3 Kim Kim NNP PERSON 4 nsubj
                4 replied reply VBD O 0 root
                5 . . . O 4 punct

                1 The the DT O 2 det
                2 mayor mayor NN O 3 nsubj
                3 objected object VBD O 0 root
                4 . . . O 3 punct
                """);
        assertTrue(
                actorOf(d, "mayor").filter(id -> id.endsWith(".GOV")).isEmpty(),
                d.mentions().toString());
    }

    @Test
    void unnamedOfficialsStayTheGovernmentOfTheCountry() {
        Document d = resolve(KENYA_TWICE + """

                1 Officials official NNS O 2 nsubj
                2 objected object VBD O 0 root
                3 . . . O 2 punct
                """);
        assertEquals(Optional.of("KEN.GOV"), actorOf(d, "Officials"));
    }

    @Test
    void anOfficialFromANamedBodySpeaksForThatBodyNotForTheCountry() {
        Document d = resolve(KENYA_TWICE + """

                1 An an DT O 2 det
                2 official official NN O 6 nsubj
                3 from from IN O 5 case
                4 Acme Acme NNP ORGANIZATION 5 compound
                5 Rail Rail NNP ORGANIZATION 2 nmod
                6 objected object VBD O 0 root
                7 . . . O 6 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "official"));
        Document fromCountry = resolve(KENYA_TWICE + """

                1 Officials official NNS O 4 nsubj
                2 from from IN O 3 case
                3 Uganda Uganda NNP LOCATION 1 nmod
                4 objected object VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(Optional.of("UGA.GOV"), actorOf(fromCountry, "Officials"));
        Document researchers = resolve(KENYA_TWICE + """

                1 Researchers researcher NNS O 5 nsubj
                2 from from IN O 4 case
                3 Acme Acme NNP ORGANIZATION 4 compound
                4 Labs Labs NNP ORGANIZATION 1 nmod
                5 objected object VBD O 0 root
                6 . . . O 5 punct
                """);
        assertEquals(Optional.of("group:researcher"), actorOf(researchers, "Researchers"));
    }

    @Test
    void aTitleTheArticleGivesANamedPersonStaysThatPerson() {
        Document d = resolve("""
                1 Governor Governor NNP O 3 compound
                2 Ann Ann NNP PERSON 3 compound
                3 Lee Lee NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                1 The the DT O 2 det
                2 governor governor NN O 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(Optional.of("person:ann-lee"), actorOf(d, "governor"));
    }

    @Test
    void aGenericPassiveAboutAnOfficeIsNoActor() {
        Document d = resolve("""
                1 Officials official NNS O 3 nsubj:pass
                2 are be VBP O 3 aux:pass
                3 removed remove VBN O 0 root
                4 by by IN O 5 case
                5 vote vote NN O 3 obl
                6 . . . O 3 punct
                """);
        assertEquals(Optional.empty(), actorOf(d, "Officials"));
    }

    @Test
    void unnamedPeopleOnBothSidesCodeAnEvent() {
        Event e = code("""
                1 Militants militant NNS O 2 nsubj
                2 abducted abduct VBD O 0 root
                3 an a DT O 4 det
                4 engineer engineer NN O 2 obj
                5 . . . O 2 punct
                """).get(0);
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("group:militant"), e.sourceIds());
        assertEquals(List.of("group:engineer"), e.targetIds());
    }

    @Test
    void anAgentlessArrestOfUnnamedPeopleCodesTheTarget() {
        List<Event> events = code("""
                1 Four four CD O 2 nummod
                2 teachers teacher NNS O 4 nsubj:pass
                3 were be VBD O 4 aux:pass
                4 arrested arrest VBN O 0 root
                5 . . . O 4 punct
                """);
        assertEquals(1, events.size(), events.toString());
        assertEquals("COERCE", events.get(0).type());
        assertEquals(List.of(), events.get(0).sourceIds());
        assertEquals(List.of("group:teacher"), events.get(0).targetIds());
    }

    @Test
    void aWeaponAsSubjectCodesAnAttackWithoutSource() {
        List<Event> events = code("""
                1 A a DT O 3 det
                2 roadside roadside NN O 3 compound
                3 missile missile NN O 4 nsubj
                4 killed kill VBD O 0 root
                5 six six CD O 6 nummod
                6 miners miner NNS O 4 obj
                7 . . . O 4 punct
                """);
        assertEquals(1, events.size(), events.toString());
        assertEquals("ASSAULT", events.get(0).type());
        assertEquals(List.of(), events.get(0).sourceIds());
        assertEquals(List.of("group:miner"), events.get(0).targetIds());
    }

    @Test
    void aWeaponWithoutItsSupportVerbIsNoEvent() {
        assertTrue(code("""
                        1 The the DT O 2 det
                        2 missile missile NN O 3 nsubj
                        3 was be VBD O 4 cop
                        4 old old JJ O 0 root
                        5 . . . O 4 punct
                        """).isEmpty());
    }
}
