package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.junit.jupiter.api.Test;

class DescribedPersonsTest {
    private static final ActorStage ACTORS = new ActorStage();

    private static final String CRUSIUS_GUNMAN = """
            1 Patrick Patrick NNP PERSON 2 compound
            2 Crusius Crusius NNP PERSON 7 nsubj
            3 , , , O 6 punct
            4 a a DT O 6 det
            5 21-year-old 21-year-old JJ O 6 amod
            6 gunman gunman NN O 2 appos
            7 surrendered surrender VBD O 0 root
            8 . . . O 7 punct
            """;

    private static final String THE_GUNMAN_WAS_CHARGED = """

            1 The the DT O 2 det
            2 gunman gunman NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 charged charge VBN O 0 root
            5 . . . O 4 punct
            """;

    private static final String OFFICIALS_IDENTIFIED_THE_SUSPECT = """
            1 Officials official NNS O 2 nsubj
            2 identified identify VBD O 0 root
            3 the the DT O 4 det
            4 suspect suspect NN O 2 obj
            5 as as IN O 7 case
            6 Patrick Patrick NNP PERSON 7 compound
            7 Crusius Crusius NNP PERSON 2 obl
            8 . . . O 2 punct
            """;

    private static long mentionsOf(Document document, String text, String actorId) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text) && actorId.equals(m.actorId()))
                .count();
    }

    private static Document resolve(String conll) {
        return ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
    }

    private static Optional<String> actorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .map(Mention::actorId)
                .filter(id -> id != null && !id.isEmpty())
                .findFirst();
    }

    private static Optional<String> firstActorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .map(Mention::actorId)
                .findFirst();
    }

    @Test
    void regressionTheGunmanAfterANamedGunmanInAppositionIsThatPerson() {
        Document d = resolve(CRUSIUS_GUNMAN + THE_GUNMAN_WAS_CHARGED);
        assertEquals(
                actorOf(d, "Patrick Crusius"),
                actorOf(d, "gunman"),
                d.mentions().toString());
    }

    @Test
    void regressionTheSuspectIdentifiedAsANamedPersonIsThatPersonBeforeAndAfter() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 suspect suspect NN O 3 nsubj
                3 surrendered surrender VBD O 0 root
                4 . . . O 3 punct

                """ + OFFICIALS_IDENTIFIED_THE_SUSPECT);
        Optional<String> crusius = actorOf(d, "Patrick Crusius");
        assertEquals(true, crusius.isPresent(), d.mentions().toString());
        assertEquals(2L, mentionsOf(d, "suspect", crusius.get()), d.mentions().toString());
    }

    @Test
    void regressionTheAttackerIdentifiedAsANamedPersonInAReducedClauseIsThatPerson() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 attacker attacker NN O 9 nsubj:pass
                3 , , , O 4 punct
                4 identified identify VBN O 2 acl
                5 as as IN O 7 case
                6 Sudesh Sudesh NNP PERSON 7 compound
                7 Amman Amman NNP PERSON 4 obl
                8 was be VBD O 9 aux:pass
                9 released release VBN O 0 root
                10 . . . O 9 punct

                1 The the DT O 2 det
                2 attacker attacker NN O 3 nsubj
                3 fled flee VBD O 0 root
                4 . . . O 3 punct
                """);
        Optional<String> amman = actorOf(d, "Sudesh Amman");
        assertEquals(true, amman.isPresent(), d.mentions().toString());
        assertEquals(amman, actorOf(d, "attacker"), d.mentions().toString());
    }

    @Test
    void regressionTheSuspectedGunmanIsTheSuspectSoTheGunmanIsTheNamedSuspect() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 suspected suspected JJ O 3 amod
                3 gunman gunman NN O 4 nsubj
                4 surrendered surrender VBD O 0 root
                5 . . . O 4 punct

                """ + OFFICIALS_IDENTIFIED_THE_SUSPECT + THE_GUNMAN_WAS_CHARGED);
        Optional<String> crusius = actorOf(d, "Patrick Crusius");
        assertEquals(true, crusius.isPresent(), d.mentions().toString());
        assertEquals(2L, mentionsOf(d, "gunman", crusius.get()), d.mentions().toString());
    }

    @Test
    void aPredicateNominalLinksTheNounToTheNamedSubject() {
        Document d = resolve("""
                1 Crusius Crusius NNP PERSON 4 nsubj
                2 is be VBZ O 4 cop
                3 the the DT O 4 det
                4 suspect suspect NN O 0 root
                5 . . . O 4 punct

                1 The the DT O 2 det
                2 suspect suspect NN O 3 nsubj
                3 surrendered surrender VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(actorOf(d, "Crusius"), actorOf(d, "suspect"), d.mentions().toString());
    }

    @Test
    void twoPeopleDescribedByTheSameNounLeaveTheDescriptionUnresolved() {
        Document d = resolve(CRUSIUS_GUNMAN + """

                1 John John NNP PERSON 2 compound
                2 Doe Doe NNP PERSON 6 nsubj
                3 , , , O 5 punct
                4 a a DT O 5 det
                5 gunman gunman NN O 2 appos
                6 fled flee VBD O 0 root
                7 . . . O 6 punct
                """ + THE_GUNMAN_WAS_CHARGED);
        Optional<String> gunman = actorOf(d, "gunman");
        assertNotEquals(actorOf(d, "Patrick Crusius"), gunman, d.mentions().toString());
        assertNotEquals(actorOf(d, "John Doe"), gunman, d.mentions().toString());
    }

    @Test
    void anotherOfTheSameNounLeavesTheDescriptionUnresolved() {
        Document d = resolve(CRUSIUS_GUNMAN + """

                1 Another another DT O 2 det
                2 gunman gunman NN O 3 nsubj
                3 fled flee VBD O 0 root
                4 . . . O 3 punct
                """ + THE_GUNMAN_WAS_CHARGED);
        assertNotEquals(
                actorOf(d, "Patrick Crusius"),
                actorOf(d, "gunman"),
                d.mentions().toString());
    }

    @Test
    void regressionANameHungOnANounForNoPersonDoesNotMakeThatNounThePerson() {
        Document d = resolve("""
                1 After after IN O 3 case
                2 the the DT O 3 det
                3 attack attack NN O 9 obl
                4 , , , O 6 punct
                5 Ahmed Ahmed NNP PERSON 6 compound
                6 al-Assadi al-Assadi NNP PERSON 3 appos
                7 , , , O 9 punct
                8 he he PRP O 9 nsubj
                9 spoke speak VBD O 0 root
                10 . . . O 9 punct

                1 The the DT O 2 det
                2 attack attack NN O 3 nsubj
                3 ended end VBD O 0 root
                4 . . . O 3 punct
                """);
        assertNotEquals(
                actorOf(d, "Ahmed al-Assadi"),
                actorOf(d, "attack"),
                d.mentions().toString());
    }

    @Test
    void regressionTheIndefiniteNounThatIntroducesAPersonNamedLaterIsThatPerson() {
        Document d = resolve("""
                1 A a DT O 2 det
                2 gunman gunman NN O 3 nsubj
                3 shot shoot VBD O 0 root
                4 shoppers shopper NNS O 3 obj
                5 . . . O 3 punct

                """ + CRUSIUS_GUNMAN);
        Optional<String> crusius = actorOf(d, "Patrick Crusius");
        assertEquals(true, crusius.isPresent(), d.mentions().toString());
        assertEquals(crusius, firstActorOf(d, "gunman"), d.mentions().toString());
    }

    @Test
    void theIndefiniteSubjectOfAnInfinitiveIsNotTheNamedPerson() {
        Document d = resolve("""
                1 For for IN O 5 mark
                2 a a DT O 3 det
                3 candidate candidate NN O 5 nsubj
                4 to to TO O 5 mark
                5 win win VB O 0 root
                6 . . . O 5 punct

                1 Amy Amy NNP PERSON 2 compound
                2 Klobuchar Klobuchar NNP PERSON 5 nsubj
                3 was be VBD O 5 cop
                4 a a DT O 5 det
                5 candidate candidate NN O 0 root
                6 . . . O 5 punct
                """);
        Optional<String> klobuchar = actorOf(d, "Amy Klobuchar");
        assertEquals(true, klobuchar.isPresent(), d.mentions().toString());
        assertNotEquals(klobuchar, firstActorOf(d, "candidate"), d.mentions().toString());
    }

    @Test
    void anIndefiniteNounAfterAnEarlierOneOfTheSameNounIsNotTheNamedPerson() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 gunman gunman NN O 3 nsubj
                3 fled flee VBD O 0 root
                4 . . . O 3 punct

                1 A a DT O 2 det
                2 gunman gunman NN O 3 nsubj
                3 shot shoot VBD O 0 root
                4 shoppers shopper NNS O 3 obj
                5 . . . O 3 punct

                """ + CRUSIUS_GUNMAN);
        assertNotEquals(
                actorOf(d, "Patrick Crusius"),
                d.mentions().stream()
                        .filter(m -> m.text().equals("gunman"))
                        .skip(1)
                        .map(Mention::actorId)
                        .findFirst(),
                d.mentions().toString());
    }

    @Test
    void anIndefiniteNounIsNotTheNamedPerson() {
        Document d = resolve(CRUSIUS_GUNMAN + """

                1 A a DT O 2 det
                2 gunman gunman NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 charged charge VBN O 0 root
                5 . . . O 4 punct
                """);
        assertNotEquals(
                actorOf(d, "Patrick Crusius"),
                actorOf(d, "gunman"),
                d.mentions().toString());
    }

    @Test
    void regressionATitleInAPredicateNominalDoesNotMakeEveryLaterHolderOfItThatPerson() {
        Document d = resolve("""
                1 Donald Donald NNP PERSON 2 compound
                2 Trump Trump NNP PERSON 6 nsubj
                3 was be VBD O 6 cop
                4 the the DT O 6 det
                5 first first JJ O 6 amod
                6 president president NN O 0 root
                7 . . . O 6 punct

                1 Prosecutors prosecutor NNS O 2 nsubj
                2 avoid avoid VBP O 0 root
                3 charging charge VBG O 2 xcomp
                4 the the DT O 6 det
                5 sitting sitting JJ O 6 amod
                6 president president NN O 3 obj
                7 . . . O 2 punct
                """);
        Optional<String> trump = actorOf(d, "Donald Trump");
        assertEquals(true, trump.isPresent(), d.mentions().toString());
        assertEquals(0L, mentionsOf(d, "president", trump.get()), d.mentions().toString());
    }
}
