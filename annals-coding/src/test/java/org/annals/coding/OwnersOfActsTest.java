package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * An event aimed at an act, decision or claim is aimed at whoever owns it, in whichever shape the text gives the
 * owner: a relative clause, a reduced relative, a possessive pronoun; every sentence here is written for the test.
 */
class OwnersOfActsTest {
    // As the parser gives it: "that" left loose and the clause a complement of the noun.
    private static final String TAX_THAT_GOVERNOR_IMPOSED = """
            1 Omar Omar NNP PERSON 2 compound
            2 Nasser Nasser NNP PERSON 3 nsubj
            3 filed file VBD O 0 root
            4 a a DT O 5 det
            5 lawsuit lawsuit NN O 3 obj
            6 against against IN O 8 case
            7 the the DT O 8 det
            8 tax tax NN O 3 obl
            9 that that WDT O 13 dep
            10 Governor governor NNP O 12 compound
            11 Ines Ines NNP PERSON 12 compound
            12 Vale Vale NNP PERSON 13 nsubj
            13 VERB VERB VBD O 8 ccomp
            14 . . . O 3 punct
            """;

    @Test
    void aSuitOverAnActARelativeClauseGivesToSomeoneIsAimedAtThem() {
        String conll = TAX_THAT_GOVERNOR_IMPOSED
                .replace("13 VERB VERB", "13 imposed impose")
                .replace("8 tax tax NN", "8 curfew curfew NN");
        Event suit = only(code(conll));
        assertEquals("ACCUSE", suit.type());
        assertEquals(List.of("person:omar-nasser"), suit.sourceIds());
        assertEquals(List.of("person:ines-vale"), suit.targetIds());
        assertTrue(suit.rule().endsWith("+act-author:relative"), suit.rule());
    }

    @Test
    void aRelativeClauseThatDoesNotMakeTheActNamesNoOwner() {
        String conll = TAX_THAT_GOVERNOR_IMPOSED
                .replace("13 VERB VERB", "13 feared fear")
                .replace("8 tax tax NN", "8 curfew curfew NN");
        assertTrue(
                code(conll).stream().allMatch(e -> e.targetIds().isEmpty()),
                code(conll).toString());
    }

    private static final String PLAN_WHICH = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 criticized criticize VBD O 0 root
            4 the the DT O 5 det
            5 plan plan NN O 3 obj
            6 , , , O 5 punct
            7 which which WDT O 10 ROLE
            8 Li Li NNP PERSON 9 compound
            9 Wei Wei NNP PERSON 10 SUBJECT
            10 VERB VERB VBD O 5 acl:relcl
            11 last last JJ O 12 amod
            12 week week NN O 10 obl:tmod
            13 . . . O 3 punct
            """;

    @Test
    void criticismOfAPlanSomeoneApprovedIsAimedAtThem() {
        Event e = only(code(PLAN_WHICH
                .replace("ROLE", "obj")
                .replace("SUBJECT", "nsubj")
                .replace("VERB VERB", "approved approve")));
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:li-wei"), e.targetIds());
    }

    @Test
    void aPlanThatAngeredSomeoneIsNotTheirs() {
        // Nobody else is named as the plan's author, so the criticism reaches no actor and is no event.
        List<Event> events = code(
                PLAN_WHICH.replace("ROLE", "nsubj").replace("SUBJECT", "obj").replace("VERB VERB", "angered anger"));
        assertTrue(events.stream().noneMatch(e -> e.targetIds().contains("person:li-wei")), events.toString());
    }

    @Test
    void aPlanSomeoneNeverApprovedIsNotTheirs() {
        String never = PLAN_WHICH
                .replace("ROLE", "obj")
                .replace("SUBJECT", "nsubj")
                .replace("VERB VERB", "approved approve")
                .replace("11 last last JJ O 12 amod", "11 never never RB O 10 advmod")
                .replace("12 week week NN O 10 obl:tmod", "12 again again RB O 10 advmod");
        List<Event> events = code(never);
        assertTrue(events.stream().noneMatch(e -> e.targetIds().contains("person:li-wei")), events.toString());
    }

    @Test
    void theOwnerNamedByPossessionWinsOverARelativeClause() {
        String owned = PLAN_WHICH
                .replace("ROLE", "obj")
                .replace("SUBJECT", "nsubj")
                .replace("VERB VERB", "approved approve")
                .replace("4 the the DT O 5 det", "4 Kenya Kenya NNP LOCATION 5 nmod:poss");
        assertEquals(List.of("KEN"), only(code(owned)).targetIds());
    }

    @Test
    void aBanImposedBySomeoneIsTheirs() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 denounced denounce VBD O 0 root
                4 the the DT O 5 det
                5 ban ban NN O 3 obj
                6 imposed impose VBN O 5 acl
                7 by by IN O 9 case
                8 Li Li NNP PERSON 9 compound
                9 Wei Wei NNP PERSON 6 obl
                10 . . . O 3 punct
                """));
        assertEquals(List.of("person:li-wei"), e.targetIds());
        assertTrue(e.rule().endsWith("+act-author:relative-participle"), e.rule());
    }

    private static final String DECREE_SIGNED = """
            1 Voltara Voltara NNP ORGANIZATION 2 compound
            2 Mining Mining NNP ORGANIZATION 3 nsubj
            3 signed sign VBD O 0 root
            4 the the DT O 5 det
            5 decree decree NN O 3 obj
            6 . . . O 3 punct

            """;

    private static final String JUDGED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 VERB VERB VBD O 0 root
            4 its its PRP$ O 5 nmod:poss
            5 decision decision NN O 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void praiseOfOnesOwnActIsAimedAtNobodyElse() {
        String own = JUDGED.replace("VERB VERB", "praised praise")
                .replace(
                        "1 Ana Ana NNP PERSON 2 compound\n2 Ruiz Ruiz NNP PERSON 3 nsubj",
                        "1 Voltara Voltara NNP ORGANIZATION 2 compound\n2 Mining Mining NNP ORGANIZATION 3 nsubj");
        List<Event> events = code(DECREE_SIGNED + own);
        assertTrue(
                events.stream()
                        .noneMatch(e ->
                                e.type().equals("SUPPORT") && !e.targetIds().isEmpty()),
                events.toString());
    }

    private static final String MOVE_BY_THE_PREMIER = """
            1 Critics critic NNS O 2 nsubj
            2 saw see VBD O 0 root
            3 a a DT O 4 det
            4 move move NN O 2 obj
            5 by by IN O 8 case
            6 Premier premier NNP O 8 compound
            7 Karl Karl NNP PERSON 8 compound
            8 Moser Moser NNP PERSON 4 nmod
            9 . . . O 2 punct

            1 It it PRP O 2 nsubj
            2 rained rain VBD O 0 root
            3 . . . O 2 punct

            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 condemned condemn VBD O 0 root
            4 the the DT O 5 det
            5 move move NN O 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void theActNamedAgainIsOwnedByWhomItsEarlierMentionNamed() {
        Event e = only(code(MOVE_BY_THE_PREMIER));
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:karl-moser"), e.targetIds());
        assertTrue(e.rule().endsWith("+act-author:earlier-mention"), e.rule());
    }

    @Test
    void aNearerMentionNamingNobodyIsTheOneReferredTo() {
        String nearer = MOVE_BY_THE_PREMIER.replace("""
                1 It it PRP O 2 nsubj
                2 rained rain VBD O 0 root
                3 . . . O 2 punct
                """, """
                1 The the DT O 2 det
                2 move move NN O 3 nsubj
                3 surprised surprise VBD O 0 root
                4 . . . O 3 punct
                """);
        assertEquals(List.of(), only(code(nearer)).targetIds());
    }
}
