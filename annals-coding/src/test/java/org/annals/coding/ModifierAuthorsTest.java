package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * The author of an act named by a compound before the act noun: a body or a state written as an initialism acts
 * ("a U.S. strike killed"), a state written in full, a place or a person before the act says where or whom. Every
 * sentence here is written for the test.
 */
class ModifierAuthorsTest {
    private static final ActorStage ACTORS = new ActorStage();

    // "A MODIFIER strike killed Omar Nasser ."
    private static final String STRIKE_KILLED = """
            1 A a DT O 3 det
            2 MODIFIER
            3 strike strike NN O 4 nsubj
            4 killed kill VBD O 0 root
            5 Omar Omar NNP PERSON 6 compound
            6 Nasser Nasser NNP PERSON 4 obj
            7 . . . O 4 punct
            """;

    private static String strikeKilled(String modifier) {
        return STRIKE_KILLED.replace("2 MODIFIER", "2 " + modifier + " 3 compound");
    }

    @Test
    void regressionAUsStrikeThatKilledSomeoneIsTheUnitedStates() {
        Event e = only(code(strikeKilled("U.S. U.S. NNP LOCATION")));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("USA"), e.sourceIds());
        assertEquals(List.of("person:omar-nasser"), e.targetIds());
        assertTrue(e.rule().endsWith(ModifierAuthors.ROUTE), e.rule());
    }

    @Test
    void anIntergovernmentalBodyBeforeAStrikeIsItsAuthor() {
        Event e = only(code(strikeKilled("NATO NATO NNP ORGANIZATION")));
        assertEquals(List.of("IGO.NATO"), e.sourceIds());
    }

    @Test
    void regressionAPlaceBeforeAStrikeSaysWhereItHappened() {
        Event e = only(code(strikeKilled("Gaza Gaza NNP LOCATION")));
        assertEquals(List.of(), e.sourceIds(), e.toString());
    }

    @Test
    void regressionAStateWrittenInFullBeforeAStrikeIsNoAuthor() {
        Event e = only(code(strikeKilled("Ghana Ghana NNP LOCATION")));
        assertEquals(List.of(), e.sourceIds(), e.toString());
    }

    @Test
    void aPersonBeforeAnActIsNoAuthor() {
        // "the Khashoggi killing": a person before the act is as often whom it was done to.
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n"
                + STRIKE_KILLED.replace("2 MODIFIER", "2 Haddad Haddad NNP PERSON 3 compound")));
        Tree tree = new Tree(document);
        assertEquals(Arguments.Found.NONE, new ModifierAuthors(tree, new ActorIndex(document)).author(2, "ASSAULT"));
    }

    @Test
    void aStateBeforeADealIsAPartyNotItsAuthor() {
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n"
                + STRIKE_KILLED
                        .replace("2 MODIFIER", "2 U.S. U.S. NNP LOCATION 3 compound")
                        .replace("3 strike strike", "3 deal deal")));
        Tree tree = new Tree(document);
        ModifierAuthors authors = new ModifierAuthors(tree, new ActorIndex(document));
        assertEquals(Arguments.Found.NONE, authors.author(2, "AGREE"));
        assertEquals(List.of("USA"), authors.author(2, "SANCTION").actors());
    }

    // "The police ACT of Jacob Blake led to unrest ."
    private static final String POLICE_ACT = """
            1 The the DT O 3 det
            2 police police NN O 3 compound
            3 ACT ACT NN O 7 nsubj
            4 of of IN O 6 case
            5 Jacob Jacob NNP PERSON 6 compound
            6 Blake Blake NNP PERSON 3 nmod:of
            7 led lead VBD O 0 root
            8 to to TO O 9 case
            9 unrest unrest NN O 7 obl:to
            10 . . . O 7 punct
            """;

    private static String policeAct(String noun) {
        return POLICE_ACT.replace("3 ACT ACT", "3 " + noun + " " + noun);
    }

    @Test
    void regressionThePoliceBeforeAShootingIsItsAuthor() {
        Event e = only(code(policeAct("shooting")));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("group:police"), e.sourceIds());
        assertEquals(List.of("person:jacob-blake"), e.targetIds());
        assertTrue(e.rule().endsWith(ModifierAuthors.ROUTE), e.rule());
    }

    @Test
    void regressionThePoliceBeforeAKillingIsItsAuthorWithNoSupportVerb() {
        // "killing" codes through a support verb only, since a possessor may be its victim; a force before it is not.
        Event e = only(code(policeAct("killing")));
        assertEquals(List.of("group:police"), e.sourceIds());
        assertEquals(List.of("person:jacob-blake"), e.targetIds());
    }

    @Test
    void thePoliceBeforeANounOfNoActIsNoActor() {
        // "the police station of ...": no act, so no mention is made of the modifier.
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + policeAct("station")));
        assertTrue(
                document.mentions().stream().noneMatch(m -> m.actorId().equals("group:police")),
                document.mentions().toString());
    }

    @Test
    void aPersonBeforeAKillingStillCodesNothing() {
        assertEquals(
                List.of(),
                code(POLICE_ACT
                        .replace("2 police police NN O", "2 Haddad Haddad NNP PERSON")
                        .replace("3 ACT ACT", "3 killing killing")));
    }
}
