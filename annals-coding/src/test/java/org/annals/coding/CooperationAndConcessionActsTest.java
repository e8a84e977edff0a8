package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Cooperation, aid, diplomacy, concession and rejection acts added by the codebook, each sense test with a case it
 * keeps out (OwnedThings, ArmedSides, support verbs and phrase rows in verbs.tsv and nouns.tsv); sentences written
 * for the test.
 */
class CooperationAndConcessionActsTest {
    // Chile released Okafor.
    private static final String RELEASED = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 released release VBD O 0 root
            3 Okafor Okafor NNP PERSON 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void releasingAPersonIsAConcessionToThem() {
        Event event = only(code(RELEASED));
        assertEquals("CONCEDE", event.type());
        assertEquals("release", event.mode());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Chile released Okafor's records.
    private static final String RELEASED_RECORDS = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 released release VBD O 0 root
            3 Okafor Okafor NNP PERSON 5 nmod:poss
            4 's 's POS O 3 case
            5 records record NNS O 2 obj
            6 . . . O 2 punct
            """;

    @Test
    void releasingAThingItsOwnerNamesIsNoConcession() {
        assertEquals(List.of(), code(RELEASED_RECORDS));
    }

    // Chile freed the report of Okafor.
    private static final String FREED_REPORT_OF = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 freed free VBD O 0 root
            3 the the DT O 4 det
            4 report report NN O 2 obj
            5 of of IN O 6 case
            6 Okafor Okafor NNP PERSON 4 nmod
            7 . . . O 2 punct
            """;

    @Test
    void freeingAThingOwnedAfterOfIsNoConcession() {
        assertEquals(List.of(), code(FREED_REPORT_OF));
    }

    @Test
    void freeingAPersonIsARelease() {
        Event event = only(code(RELEASED.replace("2 released release VBD", "2 freed free VBD")));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void surveillingAPersonIsAnInvestigation() {
        Event event = only(code(RELEASED.replace("2 released release VBD", "2 surveilled surveil VBD")));
        assertEquals("ACCUSE", event.type());
        assertEquals("investigate", event.mode());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Chile vacated Okafor's conviction.
    private static final String VACATED_CONVICTION = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 vacated vacate VBD O 0 root
            3 Okafor Okafor NNP PERSON 5 nmod:poss
            4 's 's POS O 3 case
            5 conviction conviction NN O 2 obj
            6 . . . O 2 punct
            """;

    @Test
    void vacatingAConvictionIsAConcessionToTheConvicted() {
        Event event = only(code(VACATED_CONVICTION));
        assertEquals("CONCEDE", event.type());
        assertEquals("overturn", event.mode());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void overturningAConvictionIsTheSameConcession() {
        Event event = only(code(VACATED_CONVICTION.replace("2 vacated vacate VBD", "2 overturned overturn VBD")));
        assertEquals("overturn", event.mode());
    }

    @Test
    void vacatingAPlaceIsNoEvent() {
        String office = VACATED_CONVICTION.replace("5 conviction conviction NN", "5 office office NN");
        assertEquals(List.of(), code(office));
    }

    // Chile dropped the charges against Okafor.
    private static final String DROPPED_CHARGES = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 dropped drop VBD O 0 root
            3 the the DT O 4 det
            4 charges charge NNS O 2 obj
            5 against against IN O 6 case
            6 Okafor Okafor NNP PERSON 4 nmod
            7 . . . O 2 punct
            """;

    @Test
    void droppingChargesIsAConcessionToTheAccused() {
        Event event = only(code(DROPPED_CHARGES));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void bringingChargesIsStillAnAccusation() {
        Event event = only(code(DROPPED_CHARGES.replace("2 dropped drop VBD", "2 brought bring VBD")));
        assertEquals("ACCUSE", event.type());
    }

    // Chile trained the army.
    private static final String TRAINED_ARMY = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 trained train VBD O 0 root
            3 the the DT O 4 det
            4 army army NN O 2 obj
            5 . . . O 2 punct
            """;

    @Test
    void trainingAnArmedForceIsMilitaryAid() {
        Event event = only(code(TRAINED_ARMY));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
    }

    @Test
    void trainingAPersonIsNoAid() {
        assertEquals(List.of(), code(RELEASED.replace("2 released release VBD", "2 trained train VBD")));
    }

    // Okafor helped Ruiz's cause.
    private static final String HELPED_CAUSE = """
            1 Okafor Okafor NNP PERSON 2 nsubj
            2 helped help VBD O 0 root
            3 Ruiz Ruiz NNP PERSON 5 nmod:poss
            4 's 's POS O 3 case
            5 cause cause NN O 2 obj
            6 . . . O 2 punct
            """;

    @Test
    void helpingSomeonesCauseIsSupport() {
        Event event = only(code(HELPED_CAUSE));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("person:ruiz"), event.targetIds());
    }

    @Test
    void helpingAPersonIsStillAid() {
        String helped = """
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 helped help VBD O 0 root
                3 Ruiz Ruiz NNP PERSON 2 obj
                4 . . . O 2 punct
                """;
        assertEquals("AID", only(code(helped)).type());
    }

    // Chile gave Okafor permission.
    private static final String GAVE_PERMISSION = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 gave give VBD O 0 root
            3 Okafor Okafor NNP PERSON 2 iobj
            4 permission permission NN O 2 obj
            5 . . . O 2 punct
            """;

    @Test
    void givingPermissionIsAConcession() {
        Event event = only(code(GAVE_PERMISSION));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void grantingAsylumIsHumanitarianAid() {
        Event event = only(code(GAVE_PERMISSION
                .replace("2 gave give VBD", "2 granted grant VBD")
                .replace("4 permission permission NN", "4 asylum asylum NN")));
        assertEquals("AID", event.type());
        assertEquals("humanitarian", event.mode());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void givingAnythingElseIsNoEvent() {
        assertEquals(List.of(), code(GAVE_PERMISSION.replace("4 permission permission NN", "4 book book NN")));
    }

    // Chile shared intelligence with Peru.
    private static final String SHARED_INTELLIGENCE = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 shared share VBD O 0 root
            3 intelligence intelligence NN O 2 obj
            4 with with IN O 5 case
            5 Peru Peru NNP LOCATION 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void sharingIntelligenceIsInformationCooperation() {
        Event event = only(code(SHARED_INTELLIGENCE));
        assertEquals("COOPERATE", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void sharingAMealIsNoEvent() {
        assertEquals(List.of(), code(SHARED_INTELLIGENCE.replace("3 intelligence intelligence NN", "3 meal meal NN")));
    }

    // Chile allied with Peru.
    private static final String ALLIED = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 allied ally VBD O 0 root
            3 with with IN O 4 case
            4 Peru Peru NNP LOCATION 2 obl
            5 . . . O 2 punct
            """;

    @Test
    void allyingIsAnAllianceNotAnAgreement() {
        Event event = only(code(ALLIED));
        assertEquals("COOPERATE", event.type());
        assertEquals("alliance", event.mode());
    }

    // Okafor came under scrutiny from Chile.
    private static final String UNDER_SCRUTINY = """
            1 Okafor Okafor NNP PERSON 2 nsubj
            2 came come VBD O 0 root
            3 under under IN O 4 case
            4 scrutiny scrutiny NN O 2 obl
            5 from from IN O 6 case
            6 Chile Chile NNP LOCATION 4 nmod
            7 . . . O 2 punct
            """;

    @Test
    void comingUnderScrutinyIsBeingInvestigated() {
        Event event = only(code(UNDER_SCRUTINY));
        assertEquals("ACCUSE", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }
}
