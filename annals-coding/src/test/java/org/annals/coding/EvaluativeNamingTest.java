package org.annals.coding;

import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/**
 * Naming someone or their act by an evaluative word ("called the mayor 'a disgrace'", "called the shooting
 * barbaric") accuses them, or praises them for a positive word, in the shapes the parser gives such sentences; every
 * sentence here is written for the test.
 */
class EvaluativeNamingTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static Document resolved(String conll) {
        return ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
    }

    private static Quote quote(Document document, int first, int last, String speaker) {
        Span span = new Span(
                document.tokens().get(first).span().start(),
                document.tokens().get(last).span().end());
        return new Quote(span, document.textOf(span), QuoteKind.PARTIAL, speaker, null, "call", "");
    }

    private static List<Event> code(Document document, Quote... quotes) {
        return EVENTS.apply(document.withQuotes(List.of(quotes))).events();
    }

    // The parser hangs the quoted predicate on the object as a loose dependent.
    private static final String CALLED_THE_MAYOR = """
            1 Councillor councillor NNP O 3 compound
            2 Ana Ana NNP PERSON 3 compound
            3 Ruiz Ruiz NNP PERSON 4 nsubj
            4 called call VBD O 0 root
            5 Mayor mayor NNP O 7 compound
            6 Li Li NNP PERSON 7 compound
            7 Wei Wei NNP PERSON 4 obj
            8 " " `` O 7 punct
            9 a a DT O 10 det
            10 WORD WORD NN O 7 dep
            11 " " '' O 7 punct
            12 . . . O 4 punct
            """;

    @Test
    void aQuotedNegativeNameLooselyParsedAccusesTheOneNamed() {
        Document document = resolved(CALLED_THE_MAYOR.replace("WORD WORD", "disgrace disgrace"));
        Event e = only(code(document, quote(document, 8, 9, "person:ana-ruiz")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:li-wei"), e.targetIds());
    }

    @Test
    void theSameNameUnquotedIsStillTheNamersJudgement() {
        Event e = only(code(resolved(CALLED_THE_MAYOR.replace("WORD WORD", "disgrace disgrace"))));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:li-wei"), e.targetIds());
        assertTrue(e.rule().contains("called-"), e.rule());
    }

    @Test
    void aPositiveNameInTheSameShapePraises() {
        Event e = only(code(resolved(CALLED_THE_MAYOR.replace("WORD WORD", "hero hero"))));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:li-wei"), e.targetIds());
    }

    @Test
    void aNeutralNameJudgesNobody() {
        assertEquals(List.of(), code(resolved(CALLED_THE_MAYOR.replace("WORD WORD", "candidate candidate"))));
    }

    private static final String DECISION_CALLED = """
            1 Bishop bishop NNP O 3 compound
            2 Omar Omar NNP PERSON 3 compound
            3 Haddad Haddad NNP PERSON 4 nsubj
            4 called call VBD O 0 root
            5 Senator senator NNP O 7 compound
            6 Ines Ines NNP PERSON 7 compound
            7 Vale Vale NNP PERSON 9 nmod:poss
            8 's 's POS O 7 case
            9 decision decision NN O 4 obj
            10 " " `` O 9 punct
            11 a a DT O 13 det
            12 WORD WORD JJ O 13 amod
            13 choice choice NN O 9 dep
            14 " " '' O 9 punct
            15 . . . O 4 punct
            """;

    @Test
    void aQuotedJudgementOfAnActJudgesItsOwnerNotAnEarlierAct() {
        Document document = resolved(DECISION_CALLED.replace("WORD WORD", "courageous courageous"));
        Event e = only(code(document, quote(document, 10, 12, "person:omar-haddad")));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:omar-haddad"), e.sourceIds());
        assertEquals(List.of("person:ines-vale"), e.targetIds());
        assertTrue(e.rule().contains("+owner"), e.rule());
    }

    @Test
    void aNegativeJudgementOfTheSameActAccusesItsOwner() {
        Document document = resolved(DECISION_CALLED.replace("WORD WORD", "reckless reckless"));
        Event e = only(code(document, quote(document, 10, 12, "person:omar-haddad")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ines-vale"), e.targetIds());
    }

    // "called the shooting barbaric", parsed with the adjective as the object and the act as its modifier.
    private static final String SHOOTING = """
            1 Karl Karl NNP PERSON 2 compound
            2 Brandt Brandt NNP PERSON 3 nsubj
            3 shot shoot VBD O 0 root
            4 a a DT O 5 det
            5 guard guard NN O 3 obj
            6 in in IN O 7 case
            7 Bremen Bremen NNP LOCATION 3 obl
            8 . . . O 3 punct

            1 Governor governor NNP O 3 compound
            2 Eva Eva NNP PERSON 3 compound
            3 Lind Lind NNP PERSON 4 nsubj
            4 called call VBD O 0 root
            5 the the DT O 7 det
            6 shooting shooting VBG O 7 amod
            7 WORD WORD JJ O 4 obj
            8 . . . O 4 punct
            """;

    @Test
    void anActCalledBarbaricAccusesTheOneWhoDidIt() {
        List<Event> events = code(resolved(SHOOTING.replace("WORD WORD", "barbaric barbaric")));
        Event judged = events.stream()
                .filter(e -> e.type().equals("ACCUSE"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(List.of("person:eva-lind"), judged.sourceIds());
        assertEquals(List.of("person:karl-brandt"), judged.targetIds());
        assertTrue(judged.rule().contains("act-author:earlier-shooting"), judged.rule());
    }

    @Test
    void anActCalledByANeutralWordJudgesNobody() {
        List<Event> events = code(resolved(SHOOTING.replace("WORD WORD", "sudden sudden")));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ACCUSE")), events.toString());
    }

    private static final String BUDGET_WHICH = """
            1 Governor governor NNP O 3 compound
            2 Tom Tom NNP PERSON 3 compound
            3 Baker Baker NNP PERSON 5 nmod:poss
            4 's 's POS O 3 case
            5 budget budget NN O 16 nsubj
            6 , , , O 5 punct
            7 which which WDT O 11 obj
            8 Ana Ana NNP PERSON 9 compound
            9 Ruiz Ruiz NNP PERSON 11 nsubj
            10 has have VBZ O 11 aux
            11 VERB VERB VBN O 5 acl:relcl
            12 " " `` O 14 punct
            13 a a DT O 14 det
            14 WORD WORD NN O 11 obj
            15 " " '' O 14 punct
            16 passed pass VBD O 0 root
            17 . . . O 16 punct
            """;

    @Test
    void aRelativeClauseThatNamesAnActJudgesItsOwner() {
        Document document =
                resolved(BUDGET_WHICH.replace("VERB VERB", "called call").replace("WORD WORD", "disgrace disgrace"));
        Event e = only(code(document, quote(document, 11, 13, "person:ana-ruiz")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:tom-baker"), e.targetIds());
    }

    @Test
    void unquotedTheSameRelativeClauseJudgesOnlyByAVerbOfNaming() {
        Event named = only(code(
                resolved(BUDGET_WHICH.replace("VERB VERB", "called call").replace("WORD WORD", "disgrace disgrace"))));
        assertEquals(List.of("person:tom-baker"), named.targetIds());
        assertTrue(named.rule().contains("called-"), named.rule());
        assertEquals(
                List.of(),
                code(resolved(
                        BUDGET_WHICH.replace("VERB VERB", "read read").replace("WORD WORD", "disgrace disgrace"))));
    }

    // "called Mayor Li Wei \"humble\"": a tribute's adjective, parsed as the verb's open complement.
    private static final String CALLED_HUMBLE = """
            1 Councillor councillor NNP O 3 compound
            2 Ana Ana NNP PERSON 3 compound
            3 Ruiz Ruiz NNP PERSON 4 nsubj
            4 called call VBD O 0 root
            5 Mayor mayor NNP O 7 compound
            6 Li Li NNP PERSON 7 compound
            7 Wei Wei NNP PERSON 4 obj
            8 " " `` O 9 punct
            9 WORD WORD JJ O 4 xcomp
            10 " " '' O 9 punct
            11 . . . O 4 punct
            """;

    @Test
    void regressionHumbleAndIconicSaidOfAPersonPraiseThem() {
        for (String word : List.of("humble", "iconic")) {
            Document document = resolved(CALLED_HUMBLE.replace("WORD WORD", word + " " + word));
            Event e = only(code(document, quote(document, 7, 9, "person:ana-ruiz")));
            assertEquals("SUPPORT", e.type(), word);
            assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
            assertEquals(List.of("person:li-wei"), e.targetIds());
        }
    }

    @Test
    void anUnlistedAdjectiveInTheSameShapeJudgesNobody() {
        Document document = resolved(CALLED_HUMBLE.replace("WORD WORD", "tall tall"));
        assertTrue(code(document, quote(document, 7, 9, "person:ana-ruiz")).isEmpty());
    }
}
