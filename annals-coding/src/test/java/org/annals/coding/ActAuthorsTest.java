package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Events aimed at an act are aimed at its author (ActAuthors); every sentence here is written for the test. */
class ActAuthorsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static Event ofType(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    @Test
    void condemningAnActToldEarlierByItsVerbAccusesWhoeverDidIt() {
        Event e = ofType(code("""
                1 Rebels rebel NNS O 2 nsubj
                2 shelled shell VBD O 0 root
                3 the the DT O 4 det
                4 town town NN O 2 obj
                5 . . . O 2 punct

                1 Greece Greece NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 the the DT O 4 det
                4 shelling shelling NN O 2 obj
                5 . . . O 2 punct
                """), "ACCUSE");
        assertEquals(List.of("GRC"), e.sourceIds());
        assertEquals(1, e.targetIds().size(), e.toString());
        assertTrue(e.targetIds().get(0).contains("rebel"), e.toString());
        assertTrue(e.rule().endsWith("+act-author:earlier-shelling"), e.rule());
    }

    @Test
    void regressionCriticizingACommutationAccusesWhoeverCommuted() {
        Event e = ofType(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 commuted commute VBD O 0 root
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 3 obj
                6 . . . O 3 punct

                1 Tom Tom NNP PERSON 2 compound
                2 Cole Cole NNP PERSON 3 nsubj
                3 criticized criticize VBD O 0 root
                4 the the DT O 5 det
                5 commutation commutation NN O 3 obj
                6 . . . O 3 punct
                """), "ACCUSE");
        assertEquals(List.of("person:tom-cole"), e.sourceIds());
        assertEquals(List.of("person:ana-ruiz"), e.targetIds());
    }

    @Test
    void aPardonCriticizedWithNoPardonToldBeforeReachesNobody() {
        assertTrue(code("""
                        1 Tom Tom NNP PERSON 2 compound
                        2 Cole Cole NNP PERSON 3 nsubj
                        3 criticized criticize VBD O 0 root
                        4 the the DT O 5 det
                        5 pardon pardon NN O 3 obj
                        6 . . . O 3 punct
                        """).stream().noneMatch(e -> e.type().equals("ACCUSE")));
    }

    @Test
    void anActCondemnedInThePassiveTakesTheAuthorOfTheEarlierActOfTheTypeItNames() {
        Event e = ofType(code("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 attacked attack VBD O 0 root
                3 Ukraine Ukraine NNP LOCATION 2 obj
                4 . . . O 2 punct

                1 The the DT O 2 det
                2 offensive offensive NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 condemned condemn VBN O 0 root
                5 by by IN O 6 case
                6 France France NNP LOCATION 4 obl:agent
                7 . . . O 4 punct
                """), "ACCUSE");
        assertEquals(List.of("FRA"), e.sourceIds());
        assertEquals(List.of("RUS"), e.targetIds());
    }

    @Test
    void anActWithAnAgentIsThatAgentsWhateverWasToldBefore() {
        Event e = ofType(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 denounced denounce VBD O 0 root
                4 the the DT O 5 det
                5 raid raid NN O 3 obj
                6 by by IN O 8 case
                7 Li Li NNP PERSON 8 compound
                8 Wei Wei NNP PERSON 5 nmod
                9 . . . O 3 punct
                """), "ACCUSE");
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:li-wei"), e.targetIds());
        assertTrue(e.rule().endsWith("+act-author:agent-by"), e.rule());
    }

    @Test
    void anActNobodyIsNamedForLeavesTheTargetEmpty() {
        Event e = ofType(code("""
                1 Greece Greece NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 the the DT O 4 det
                4 shelling shelling NN O 2 obj
                5 . . . O 2 punct
                """), "ACCUSE");
        assertEquals(List.of(), e.targetIds());
    }

    @Test
    void aMoveCalledABetrayalJudgesWhoeverMadeTheLastMove() {
        Event e = ofType(code("""
                1 Governor governor NNP O 3 compound
                2 Ali Ali NNP PERSON 3 compound
                3 Reza Reza NNP PERSON 4 nsubj
                4 vetoed veto VBD O 0 root
                5 the the DT O 6 det
                6 bill bill NN O 4 obj
                7 . . . O 4 punct

                1 Ahmed Ahmed NNP PERSON 2 compound
                2 Khan Khan NNP PERSON 3 nsubj
                3 called call VBD O 0 root
                4 the the DT O 5 det
                5 move move NN O 7 nsubj
                6 a a DT O 7 det
                7 betrayal betrayal NN O 3 xcomp
                8 . . . O 3 punct
                """), "ACCUSE");
        assertEquals(List.of("person:ahmed-khan"), e.sourceIds());
        assertEquals(List.of("person:ali-reza"), e.targetIds());
        assertTrue(e.rule().contains("+act-author:earlier-move"), e.rule());
    }

    @Test
    void regressionAMoveJudgedTwoSentencesAfterAnActIsNotThatActsAuthors() {
        Event e = ofType(code("""
                1 Rebels rebel NNS O 2 nsubj
                2 shelled shell VBD O 0 root
                3 the the DT O 4 det
                4 town town NN O 2 obj
                5 . . . O 2 punct

                1 Ali Ali NNP PERSON 2 compound
                2 Reza Reza NNP PERSON 3 nsubj
                3 closed close VBD O 0 root
                4 the the DT O 5 det
                5 schools school NNS O 3 obj
                6 . . . O 3 punct

                1 Ahmed Ahmed NNP PERSON 2 compound
                2 Khan Khan NNP PERSON 3 nsubj
                3 criticized criticize VBD O 0 root
                4 the the DT O 5 det
                5 move move NN O 3 obj
                6 . . . O 3 punct
                """), "ACCUSE");
        assertEquals(List.of("person:ahmed-khan"), e.sourceIds());
        assertEquals(List.of(), e.targetIds());
    }

    @Test
    void blamingAnActOnSomeoneAccusesThem() {
        Event e = ofType(code("""
                1 Egypt Egypt NNP LOCATION 2 nsubj
                2 blamed blame VBD O 0 root
                3 the the DT O 4 det
                4 blast blast NN O 2 obj
                5 on on IN O 7 case
                6 Ali Ali NNP PERSON 7 compound
                7 Reza Reza NNP PERSON 2 obl
                8 . . . O 2 punct
                """), "ACCUSE");
        assertEquals(List.of("EGY"), e.sourceIds());
        assertEquals(List.of("person:ali-reza"), e.targetIds());
    }

    @Test
    void namingSomeoneThePerpetratorsAccusesThemButPursuingThePerpetratorsAccusesNobody() {
        Document said = ACTORS.apply(ConllDocuments.parse("""
                #id t
                #published 2025-09-02
                1 Ali Ali NNP PERSON 2 compound
                2 Reza Reza NNP PERSON 3 nsubj
                3 said say VBD O 0 root
                4 rebels rebel NNS O 7 nsubj
                5 were be VBD O 7 cop
                6 the the DT O 7 det
                7 perpetrators perpetrator NNS O 3 ccomp
                8 . . . O 3 punct
                """));
        Event e = ofType(
                EVENTS.apply(said.withQuotes(List.of(indirect(said, 3, 6, "person:ali-reza"))))
                        .events(),
                "ACCUSE");
        assertEquals(List.of("person:ali-reza"), e.sourceIds());
        assertTrue(e.targetIds().get(0).contains("rebel"), e.toString());

        Document pursued = ACTORS.apply(ConllDocuments.parse("""
                #id t
                #published 2025-09-02
                1 Ali Ali NNP PERSON 2 compound
                2 Reza Reza NNP PERSON 3 nsubj
                3 vowed vow VBD O 0 root
                4 to to TO O 5 mark
                5 pursue pursue VB O 3 xcomp
                6 the the DT O 7 det
                7 perpetrators perpetrator NNS O 5 obj
                8 . . . O 3 punct
                """));
        // A vow to pursue them is a warning (stance.tsv), not an accusation.
        List<Event> vowed = EVENTS.apply(pursued.withQuotes(List.of(indirect(pursued, 3, 6, "person:ali-reza"))))
                .events();
        assertTrue(vowed.stream().noneMatch(v -> v.type().equals("ACCUSE")), vowed.toString());
        assertEquals(List.of("THREATEN"), vowed.stream().map(Event::type).toList());
    }

    private static Quote indirect(Document document, int first, int last, String speaker) {
        Span span = new Span(
                document.tokens().get(first).span().start(),
                document.tokens().get(last).span().end());
        return new Quote(span, document.textOf(span), QuoteKind.INDIRECT, speaker, null, "say", "");
    }
}
