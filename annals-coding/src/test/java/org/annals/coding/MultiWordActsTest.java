package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Acts told by a verb and its object or complement, none of whose words codes the act alone (verbs.tsv phrase rows;
 * docs/evaluation.md, "Acts with no lexicon entry, pooled over all sets"); sentences written for the test.
 */
class MultiWordActsTest {
    // Hamas set fire to the Israeli embassy.
    private static final String SET_FIRE = """
            1 Hamas Hamas NNP ORGANIZATION 2 nsubj
            2 set set VBD O 0 root
            3 fire fire NN O 2 obj
            4 to to IN O 7 case
            5 the the DT O 7 det
            6 Israeli Israeli JJ NATIONALITY 7 amod
            7 embassy embassy NN O 2 obl
            8 . . . O 2 punct
            """;

    @Test
    void regressionSettingFireToAnEmbassyIsAnAssault() {
        Event event = only(code(SET_FIRE));
        assertEquals("ASSAULT", event.type());
        assertEquals("verb:set fire/nsubj", event.rule());
    }

    @Test
    void settingFireToABuildingOfNoActorIsAnAssaultWithoutTarget() {
        Event event = only(code(SET_FIRE.replace("6 Israeli Israeli JJ NATIONALITY 7 amod", "6 old old JJ O 7 amod")
                .replace("embassy embassy", "church church")));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of(), event.targetIds());
    }

    @Test
    void settingTheStageIsNoEvent() {
        // "Hamas set the stage for the Israeli embassy."
        assertEquals(
                List.of(),
                code(SET_FIRE.replace("3 fire fire NN O 2 obj", "3 stage stage NN O 2 obj")
                        .replace("4 to to IN", "4 for for IN")));
    }

    // Gunmen took Okafor hostage.
    private static final String TOOK_HOSTAGE = """
            1 Gunmen gunman NNS O 2 nsubj
            2 took take VBD O 0 root
            3 Okafor Okafor NNP PERSON 2 obj
            4 hostage hostage NN O 2 xcomp
            5 . . . O 2 punct
            """;

    @Test
    void regressionTakingAPersonHostageIsAnAbduction() {
        Event event = only(code(TOOK_HOSTAGE));
        assertEquals("ASSAULT", event.type());
        assertEquals("abduct", event.mode());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void takingAPersonAloneIsNoEvent() {
        assertEquals(
                List.of(), code(TOOK_HOSTAGE.replace("4 hostage hostage NN O 2 xcomp", "4 home home RB O 2 advmod")));
    }

    // The army laid siege to the rebels.
    private static final String LAID_SIEGE = """
            1 The the DT O 2 det
            2 army army NN O 3 nsubj
            3 laid lay VBD O 0 root
            4 siege siege NN O 3 obj
            5 to to IN O 7 case
            6 the the DT O 7 det
            7 rebels rebel NNS O 3 obl
            8 . . . O 3 punct
            """;

    @Test
    void regressionLayingSiegeToRebelsIsAnAssaultOnThem() {
        Event event = only(code(LAID_SIEGE));
        assertEquals("ASSAULT", event.type());
        assertEquals("verb:lay siege/nsubj", event.rule());
    }

    // Okafor was denied bail.
    private static final String DENIED_BAIL = """
            1 Okafor Okafor NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 denied deny VBN O 0 root
            4 bail bail NN O 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void regressionAPersonDeniedBailIsHeldWithoutSource() {
        Event event = only(code(DENIED_BAIL));
        assertEquals("COERCE", event.type());
        assertEquals("arrest", event.mode());
        assertEquals(List.of(), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // The United States designated Hamas as a terrorist organization.
    private static final String DESIGNATED = """
            1 The the DT O 3 det
            2 United United NNP COUNTRY 3 compound
            3 States States NNP COUNTRY 4 nsubj
            4 designated designate VBD O 0 root
            5 Hamas Hamas NNP ORGANIZATION 4 obj
            6 as as IN O 9 case
            7 a a DT O 9 det
            8 terrorist terrorist JJ O 9 amod
            9 organization organization NN O 4 obl
            10 . . . O 4 punct
            """;

    @Test
    void regressionDesignatingAGroupAsATerroristOrganizationAccusesIt() {
        Event event = only(code(DESIGNATED));
        assertEquals("ACCUSE", event.type());
        assertEquals(List.of("org:hamas"), event.targetIds());
    }

    @Test
    void designatingASiteIsNoEvent() {
        // "The United States designated Hamas as a heritage site."
        assertEquals(
                List.of(),
                code(DESIGNATED
                        .replace("terrorist terrorist JJ", "heritage heritage NN")
                        .replace("organization organization", "site site")));
    }

    // The United States froze the assets of Maduro.
    private static final String FROZE_ASSETS = """
            1 The the DT O 3 det
            2 United United NNP COUNTRY 3 compound
            3 States States NNP COUNTRY 4 nsubj
            4 froze freeze VBD O 0 root
            5 the the DT O 6 det
            6 assets asset NNS O 4 obj
            7 of of IN O 8 case
            8 Maduro Maduro NNP PERSON 6 nmod
            9 . . . O 4 punct
            """;

    @Test
    void regressionFreezingAPersonsAssetsSanctionsTheOwner() {
        Event event = only(code(FROZE_ASSETS));
        assertEquals("SANCTION", event.type());
        assertEquals(List.of("person:maduro"), event.targetIds());
    }

    @Test
    void assetsSoldAreNoEvent() {
        assertEquals(List.of(), code(FROZE_ASSETS.replace("froze freeze", "sold sell")));
    }

    // Congress voted for the budget.
    private static final String VOTED_FOR = """
            1 Congress Congress NNP ORGANIZATION 2 nsubj
            2 voted vote VBD O 0 root
            3 for for IN O 5 case
            4 the the DT O 5 det
            5 budget budget NN O 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void votingForABudgetIsNoEvent() {
        assertEquals(List.of(), code(VOTED_FOR));
    }
}
