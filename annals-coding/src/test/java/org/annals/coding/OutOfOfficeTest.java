package org.annals.coding;

import static org.annals.coding.ResolvedActors.actor;
import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** "President-elect", "former President": a title its bearer does not hold now does not make them "the president". */
class OutOfOfficeTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static final String PRESIDENT_AFTER = """

            1 Critics critic NNS O 2 nsubj
            2 blamed blame VBD O 0 root
            3 the the DT O 4 det
            4 president president NN O 2 obj
            """;

    @Test
    void thePresidentIsTheHolderNotThePresidentElect() {
        Document d = resolve("""
                1 President President NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 4 nsubj
                4 met meet VBD O 0 root
                5 President President NNP O 9 compound
                6 - - HYPH O 7 punct
                7 elect elect NN O 9 compound
                8 Li Li NNP PERSON 9 compound
                9 Wei Wei NNP PERSON 4 obj
                """ + PRESIDENT_AFTER);
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
        assertEquals("president-elect", actor(d, "person:li-wei").role());
        Span evidence = actor(d, "person:li-wei").evidence().get(0);
        assertEquals("President - elect", d.text().substring(evidence.start(), evidence.end()));
    }

    @Test
    void aFormerPresidentWithACountryBetweenIsNotThePresident() {
        Document d = resolve("""
                1 Former former JJ O 4 amod
                2 US US NNP LOCATION 4 compound
                3 President President NNP O 5 compound
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 6 nsubj
                6 criticised criticise VBD O 0 root
                7 President President NNP O 9 compound
                8 Ana Ana NNP PERSON 9 compound
                9 Ruiz Ruiz NNP PERSON 6 obj
                """ + PRESIDENT_AFTER);
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
        assertEquals("former president", actor(d, "person:li-wei").role());
    }

    @Test
    void thenAndExCountOnlyWithTheirHyphen() {
        Document d = resolve("""
                1 Then then RB O 5 advmod
                2 President President NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                6 to to IN O 11 case
                7 then then RB O 11 advmod
                8 - - HYPH O 7 punct
                9 President President NNP O 11 compound
                10 Li Li NNP PERSON 11 compound
                11 Wei Wei NNP PERSON 5 obl
                """ + PRESIDENT_AFTER);
        assertEquals("president", actor(d, "person:ana-ruiz").role());
        assertEquals("then-president", actor(d, "person:li-wei").role());
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
    }

    @Test
    void anActingPresidentHoldsTheOffice() {
        Document d = resolve("""
                1 Acting acting JJ O 4 amod
                2 President President NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 met meet VBD O 0 root
                6 former former JJ O 9 amod
                7 President President NNP O 9 compound
                8 Li Li NNP PERSON 9 compound
                9 Wei Wei NNP PERSON 5 obj
                """ + PRESIDENT_AFTER);
        assertEquals("president", actor(d, "person:ana-ruiz").role());
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
    }

    @Test
    void aWordAfterTheNameIsNoModifierOfTheTitle() {
        Document d = resolve("""
                1 President President NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 4 nsubj
                4 designated designate VBD O 0 root
                5 a a DT O 6 det
                6 successor successor NN O 4 obj
                """ + PRESIDENT_AFTER);
        assertEquals("president", actor(d, "person:ana-ruiz").role());
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
    }
}
