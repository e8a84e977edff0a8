package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** One act told twice shares its participants (CoreferentTellings); sentences written for the test. */
class CoreferentTellingsTest {
    private static final String PARK_SHOT = """
            1 Lena Lena NNP PERSON 2 compound
            2 Park Park NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 shot shoot VBN O 0 root
            5 on on IN O 6 case
            6 Monday Monday NNP DATE 4 obl
            7 . . . O 4 punct

            """;
    private static final String HADDAD_SHOT_PARK = """
            1 Omar Omar NNP PERSON 2 compound
            2 Haddad Haddad NNP PERSON 3 nsubj
            3 shot shoot VBD O 0 root
            4 Lena Lena NNP PERSON 5 compound
            5 Park Park NNP PERSON 3 obj
            6 . . . O 3 punct

            """;
    private static final String HADDAD_ORCHESTRATED_AN_ATTACK = """
            1 Omar Omar NNP PERSON 2 compound
            2 Haddad Haddad NNP PERSON 3 nsubj
            3 orchestrated orchestrate VBD O 0 root
            4 an a DT O 5 det
            5 attack attack NN O 3 obj
            6 . . . O 3 punct

            """;
    private static final String ETHIOPIA_BEGAN = """
            1 Ethiopia Ethiopia NNP LOCATION 2 nsubj
            2 began begin VBD O 0 root
            3 an a DT O 4 det
            4 offensive offensive NN O 2 obj
            5 . . . O 2 punct

            """;
    private static final String ETHIOPIA_LAUNCHED_AGAINST_ERITREA = """
            1 Ethiopia Ethiopia NNP LOCATION 2 nsubj
            2 launched launch VBD O 0 root
            3 the the DT O 4 det
            4 offensive offensive NN O 2 obj
            5 against against IN O 6 case
            6 Eritrea Eritrea NNP LOCATION 4 nmod
            7 . . . O 2 punct

            """;

    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void anAgentlessTellingTakesTheAgentOfTheOtherTellingAndTheActIsOneEvent() {
        List<Event> attacks = ofType(code(PARK_SHOT + HADDAD_SHOT_PARK), "ASSAULT");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals(List.of("person:omar-haddad"), attacks.get(0).sourceIds());
        assertEquals(List.of("person:lena-park"), attacks.get(0).targetIds());
        assertTrue(
                attacks.get(0).rule().endsWith("+" + CoreferentTellings.ROUTE),
                attacks.get(0).rule());
    }

    @Test
    void twoCandidateAgentsLeaveTheSourceEmpty() {
        String secondShooter =
                HADDAD_SHOT_PARK.replace("Omar Omar", "Ivan Ivan").replace("Haddad Haddad", "Petrov Petrov");
        List<Event> attacks = ofType(code(PARK_SHOT + HADDAD_SHOT_PARK + secondShooter), "ASSAULT");
        assertTrue(attacks.stream().anyMatch(e -> e.sourceIds().isEmpty()), attacks.toString());
        assertTrue(attacks.stream().noneMatch(e -> e.rule().contains(CoreferentTellings.ROUTE)), attacks.toString());
    }

    @Test
    void anAttackOnAnotherVictimIsAnotherAct() {
        String otherVictim = HADDAD_SHOT_PARK.replace("Lena Lena", "Mia Mia").replace("Park Park", "Stone Stone");
        List<Event> attacks = ofType(code(PARK_SHOT + otherVictim), "ASSAULT");
        assertEquals(2, attacks.size(), attacks.toString());
        assertTrue(
                attacks.stream()
                        .anyMatch(e -> e.sourceIds().isEmpty() && e.targetIds().equals(List.of("person:lena-park"))),
                attacks.toString());
    }

    @Test
    void anAttackOnNobodyNamedSharesNoParticipantWithTheShooting() {
        List<Event> attacks = ofType(code(PARK_SHOT + HADDAD_ORCHESTRATED_AN_ATTACK), "ASSAULT");
        assertEquals(2, attacks.size(), attacks.toString());
        assertTrue(
                attacks.stream()
                        .anyMatch(e -> e.sourceIds().isEmpty() && e.targetIds().equals(List.of("person:lena-park"))),
                attacks.toString());
    }

    @Test
    void aCriticismToldWithoutItsAuthorIsNotAnotherCritic() {
        String criticised = PARK_SHOT.replace("shot shoot", "criticised criticise");
        String haddadCriticised = HADDAD_SHOT_PARK.replace("shot shoot", "criticised criticise");
        List<Event> accusations = ofType(code(criticised + haddadCriticised), "ACCUSE");
        assertTrue(accusations.stream().anyMatch(e -> e.sourceIds().isEmpty()), accusations.toString());
        assertTrue(
                accusations.stream().noneMatch(e -> e.rule().contains(CoreferentTellings.ROUTE)),
                accusations.toString());
    }

    @Test
    void anArrestIsNotTheTellingOfAJailing() {
        String jailed = PARK_SHOT.replace("shot shoot", "jailed jail");
        String arrested = HADDAD_SHOT_PARK.replace("shot shoot", "arrested arrest");
        List<Event> coerced = ofType(code(jailed + arrested), "COERCE");
        assertTrue(coerced.stream().noneMatch(e -> e.rule().contains(CoreferentTellings.ROUTE)), coerced.toString());
    }

    @Test
    void anOffensiveWithoutTargetTakesTheTargetOfItsOtherTelling() {
        List<Event> attacks = ofType(code(ETHIOPIA_BEGAN + ETHIOPIA_LAUNCHED_AGAINST_ERITREA), "ASSAULT");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals(List.of("ERI"), attacks.get(0).targetIds());
        assertTrue(
                attacks.get(0).rule().endsWith("+" + CoreferentTellings.ROUTE),
                attacks.get(0).rule());
    }

    @Test
    void anOffensiveAgainstTwoCountriesInTwoTellingsKeepsItsEmptyTarget() {
        String againstSudan = ETHIOPIA_LAUNCHED_AGAINST_ERITREA.replace("Eritrea Eritrea", "Sudan Sudan");
        List<Event> attacks =
                ofType(code(ETHIOPIA_BEGAN + ETHIOPIA_LAUNCHED_AGAINST_ERITREA + againstSudan), "ASSAULT");
        assertTrue(attacks.stream().anyMatch(e -> e.targetIds().isEmpty()), attacks.toString());
    }

    @Test
    void offensivesInThePluralAreSeveralActsAndTakeNoTarget() {
        String beganOffensives = ETHIOPIA_BEGAN
                .replace("an a DT O 4 det", "new new JJ O 4 amod")
                .replace("offensive offensive NN", "offensives offensive NNS");
        List<Event> attacks = ofType(code(beganOffensives + ETHIOPIA_LAUNCHED_AGAINST_ERITREA), "ASSAULT");
        assertEquals(2, attacks.size(), attacks.toString());
        assertTrue(attacks.stream().anyMatch(e -> e.targetIds().isEmpty()), attacks.toString());
    }

    @Test
    void anOffensiveIntoACountryTellsTheTargetOfTheOffensiveBegunBefore() {
        // "Ethiopia's offensive into Eritrea drew criticism."
        String offensiveInto = """
                1 Ethiopia Ethiopia NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 offensive offensive NN O 6 nsubj
                4 into into IN O 5 case
                5 Eritrea Eritrea NNP LOCATION 3 nmod
                6 drew draw VBD O 0 root
                7 criticism criticism NN O 6 obj
                8 . . . O 6 punct

                """;
        List<Event> attacks = ofType(code(ETHIOPIA_BEGAN + offensiveInto), "ASSAULT");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals(List.of("ETH"), attacks.get(0).sourceIds());
        assertEquals(List.of("ERI"), attacks.get(0).targetIds());
        assertTrue(
                attacks.get(0).rule().endsWith("+" + CoreferentTellings.ROUTE),
                attacks.get(0).rule());
    }

    private static final String BORDER_POLICE_DETAINED_HADDAD = """
            1 Ruritania Ruritania NNP ORGANIZATION 3 compound
            2 Border Border NNP ORGANIZATION 3 compound
            3 Police Police NNP ORGANIZATION 4 nsubj
            4 detained detain VBD O 0 root
            5 Omar Omar NNP PERSON 6 compound
            6 Haddad Haddad NNP PERSON 4 obj
            7 . . . O 4 punct

            """;
    private static final String POLICE_DETAINED_HADDAD = """
            1 Police police NNS O 2 nsubj
            2 detained detain VBD O 0 root
            3 Omar Omar NNP PERSON 4 compound
            4 Haddad Haddad NNP PERSON 2 obj
            5 . . . O 2 punct

            """;

    @Test
    void anArrestRetoldByTheNounOfTheForcesNameIsOneEventOfTheNamedForce() {
        List<Event> arrests = ofType(code(BORDER_POLICE_DETAINED_HADDAD + POLICE_DETAINED_HADDAD), "COERCE");
        assertEquals(1, arrests.size(), arrests.toString());
        assertTrue(arrests.get(0).sourceIds().get(0).endsWith("-police"), arrests.toString());
        assertTrue(
                arrests.get(0).rule().endsWith("+" + CoreferentTellings.GROUP_ROUTE),
                arrests.get(0).rule());
    }

    @Test
    void anArrestOfAnotherPersonByThePoliceStaysAnEvent() {
        String parkDetained =
                POLICE_DETAINED_HADDAD.replace("Omar Omar", "Lena Lena").replace("Haddad Haddad", "Park Park");
        List<Event> arrests = ofType(code(BORDER_POLICE_DETAINED_HADDAD + parkDetained), "COERCE");
        assertEquals(2, arrests.size(), arrests.toString());
    }

    @Test
    void twoNamedForcesLeaveThePoliceTheirOwnEvent() {
        String otherForce = BORDER_POLICE_DETAINED_HADDAD.replace("Ruritania Ruritania", "Borduria Borduria");
        List<Event> arrests =
                ofType(code(BORDER_POLICE_DETAINED_HADDAD + otherForce + POLICE_DETAINED_HADDAD), "COERCE");
        assertEquals(3, arrests.size(), arrests.toString());
    }
}
