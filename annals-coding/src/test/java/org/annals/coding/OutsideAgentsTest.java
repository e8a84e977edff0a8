package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Agents told outside the act's own frame (OutsideAgents, Arguments); sentences written for the test. */
class OutsideAgentsTest {
    // Civilians have been killed at the hands of Russia.
    private static final String AT_THE_HANDS_OF = """
            1 Civilians civilian NNS O 4 nsubj:pass
            2 have have VBP O 4 aux
            3 been be VBN O 4 aux:pass
            4 killed kill VBN O 0 root
            5 at at IN O 7 case
            6 the the DT O 7 det
            7 hands hand NNS O 4 obl
            8 of of IN O 9 case
            9 Russia Russia NNP LOCATION 7 nmod
            10 . . . O 4 punct
            """;

    @Test
    void killedAtTheHandsOfAnActorIsKilledByIt() {
        Event event = only(code(AT_THE_HANDS_OF));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("RUS"), event.sourceIds());
    }

    @Test
    void atTheHandsOfWhatIsNoActorNamesNoAgent() {
        String fate = AT_THE_HANDS_OF.replace("9 Russia Russia NNP LOCATION 7 nmod", "9 fate fate NN O 7 nmod");
        assertTrue(
                code(fate).stream().allMatch(e -> e.sourceIds().isEmpty()),
                code(fate).toString());
    }

    // Ecuador welcomed the start of the Chilean mission to attack Peru. (The parser hangs "to attack" on "welcomed".)
    private static final String MISSION_TO_ATTACK = """
            1 Ecuador Ecuador NNP LOCATION 2 nsubj
            2 welcomed welcome VBD O 0 root
            3 the the DT O 4 det
            4 start start NN O 2 obj
            5 of of IN O 8 case
            6 the the DT O 8 det
            7 Chilean Chilean JJ MISC 8 amod
            8 mission mission NN O 4 nmod
            9 to to TO O 10 mark
            10 attack attack VB O 2 xcomp
            11 Peru Peru NNP LOCATION 10 obj
            12 . . . O 2 punct
            """;

    @Test
    void anUndertakingsInfinitiveIsItsOwnersAct() {
        Event event = code(MISSION_TO_ATTACK).stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
        assertTrue(event.rule().contains("undertaking-owner"), event.rule());
    }

    @Test
    void anUndertakingWithoutOwnerLeavesTheClausesSubject() {
        String ownerless = MISSION_TO_ATTACK
                .replace("6 the the DT O 8 det", "6 an a DT O 8 det")
                .replace("7 Chilean Chilean JJ MISC 8 amod", "7 armed armed JJ O 8 amod");
        Event event = only(code(ownerless));
        assertEquals(List.of("ECU"), event.sourceIds());
    }

    @Test
    void aNounThatIsNoUndertakingLeavesTheClausesSubject() {
        String visit = MISSION_TO_ATTACK.replace("8 mission mission NN O 4 nmod", "8 visit visit NN O 4 nmod");
        assertEquals(List.of("ECU"), only(code(visit)).sourceIds());
    }

    // Chile's campaign to attack Peru failed.
    private static final String CAMPAIGN_TO_ATTACK = """
            1 Chile Chile NNP LOCATION 3 nmod:poss
            2 's 's POS O 1 case
            3 campaign campaign NN O 7 nsubj
            4 to to TO O 5 mark
            5 attack attack VB O 3 acl
            6 Peru Peru NNP LOCATION 5 obj
            7 failed fail VBD O 0 root
            8 . . . O 7 punct
            """;

    @Test
    void anInfinitiveModifyingAnOwnedUndertakingIsTheOwners() {
        Event event = only(code(CAMPAIGN_TO_ATTACK));
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void anOwnedUndertakingParsedAsTheInfinitivesSubjectIsStillTheOwners() {
        // The parser's reading of "Chile's campaign to attack Peru failed": "attack" the root, "campaign" its subject.
        String misparsed = CAMPAIGN_TO_ATTACK
                .replace("3 campaign campaign NN O 7 nsubj", "3 campaign campaign NN O 5 nsubj")
                .replace("5 attack attack VB O 3 acl", "5 attack attack VB O 0 root")
                .replace("7 failed fail VBD O 0 root", "7 failed fail VBD O 5 advmod")
                .replace("8 . . . O 7 punct", "8 . . . O 5 punct");
        assertEquals(List.of("CHL"), only(code(misparsed)).sourceIds());
    }

    // Turkey is working with Russia to support Peru. The parser makes "Russia" the purpose clause's
    // subject.
    private static final String WORKING_WITH = """
            1 Turkey Turkey NNP LOCATION 3 nsubj
            2 is be VBZ O 3 aux
            3 working work VBG O 0 root
            4 with with IN O 7 mark
            5 Russia Russia NNP LOCATION 7 nsubj
            6 to to TO O 7 mark
            7 support support VB O 3 advcl
            8 Peru Peru NNP LOCATION 7 obj
            9 . . . O 3 punct
            """;

    @Test
    void regressionWorkingWithAPartnerToSupportIsTheWorkersAct() {
        Event event = only(code(WORKING_WITH));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("TUR"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void aWithClauseWithoutInfinitiveKeepsItsSubject() {
        // Turkey is waiting, with Russia supporting Peru.
        String absolute = WORKING_WITH
                .replace("3 working work VBG O 0 root", "3 waiting wait VBG O 0 root")
                .replace("6 to to TO O 7 mark", "6 , , , O 7 punct")
                .replace("7 support support VB O 3 advcl", "7 supporting support VBG O 3 advcl");
        assertEquals(List.of("RUS"), only(code(absolute)).sourceIds());
    }

    // Chile spoke at the summit, threatening Peru.
    private static final String SPOKE_THREATENING = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 spoke speak VBD O 0 root
            3 at at IN O 5 case
            4 the the DT O 5 det
            5 summit summit NN O 2 obl
            6 , , , O 7 punct
            7 threatening threaten VBG O 5 acl
            8 Peru Peru NNP LOCATION 7 obj
            9 . . . O 2 punct
            """;

    @Test
    void aParticipleSetOffAfterAPhraseHasTheClausesSubject() {
        Event event = only(code(SPOKE_THREATENING));
        assertEquals("THREATEN", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
        assertTrue(event.rule().contains("participle-adjunct"), event.rule());
    }

    @Test
    void aParticipleAdjunctWhoseSubjectIsAThingHasNoSource() {
        // A bomb exploded in the market, threatening Peru.
        String bomb = SPOKE_THREATENING
                .replace("1 Chile Chile NNP LOCATION 2 nsubj", "1 bomb bomb NN O 2 nsubj")
                .replace("2 spoke speak VBD O 0 root", "2 exploded explode VBD O 0 root");
        assertTrue(
                code(bomb).stream().allMatch(e -> e.sourceIds().isEmpty()),
                code(bomb).toString());
    }

    @Test
    void aParticipleNotSetOffStaysWithItsNoun() {
        String unset = SPOKE_THREATENING.replace("6 , , , O 7 punct", "6 also also RB O 7 advmod");
        assertTrue(
                code(unset).stream().noneMatch(e -> e.sourceIds().contains("CHL")),
                code(unset).toString());
    }
}
