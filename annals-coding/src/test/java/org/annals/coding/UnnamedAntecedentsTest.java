package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A person named only by a noun near a he/she outranks a name further back; a named person nearby still wins. */
class UnnamedAntecedentsTest {
    private static final ActorStage STAGE = new ActorStage();

    private static final String NAMED_JUDGE = """
            1 Judge judge NNP O 3 compound
            2 Mia Mia NNP PERSON 3 compound
            3 Cole Cole NNP PERSON 4 nsubj
            4 heard hear VBD O 0 root
            5 the the DT O 6 det
            6 case case NN O 4 obj
            7 . . . O 4 punct

            """;

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    @Test
    void regressionSheAfterTheHeadOfAGroupIsNotTheWomanNamedBefore() {
        Document d = resolve(NAMED_JUDGE + """
                1 The the DT O 2 det
                2 head head NN O 5 nsubj
                3 of of IN O 4 case
                4 investigators investigator NNS O 2 nmod
                5 testified testify VBD O 0 root
                6 . . . O 5 punct

                1 She she PRP O 3 nsubj
                2 also also RB O 3 advmod
                3 said say VBD O 0 root
                4 the the DT O 5 det
                5 scene scene NN O 7 nsubj
                6 was be VBD O 7 cop
                7 unsecured unsecured JJ O 3 ccomp
                8 . . . O 3 punct
                """);
        assertEquals("", actorOf(d, "She"));
    }

    @Test
    void regressionSheAfterOneOfAGroupIsNotTheWomanNamedBefore() {
        Document d = resolve(NAMED_JUDGE + """
                1 One one CD O 4 nsubj
                2 of of IN O 3 case
                3 daughters daughter NNS O 1 nmod
                4 escaped escape VBD O 0 root
                5 . . . O 4 punct

                1 She she PRP O 2 nsubj
                2 phoned phone VBD O 0 root
                3 police police NNS O 2 obj
                4 . . . O 2 punct
                """);
        assertEquals("", actorOf(d, "She"));
    }

    @Test
    void aSubjectThatIsNoPersonLeavesTheNameBeforeToThePronoun() {
        Document d = resolve(NAMED_JUDGE + """
                1 The the DT O 2 det
                2 hearing hearing NN O 3 nsubj
                3 lasted last VBD O 0 root
                4 weeks week NNS O 3 obl:tmod
                5 . . . O 3 punct

                1 She she PRP O 2 nsubj
                2 adjourned adjourn VBD O 0 root
                3 it it PRP O 2 obj
                4 . . . O 2 punct
                """);
        assertEquals("person:mia-cole", actorOf(d, "She"));
    }

    @Test
    void twoMenNamedInTheSentenceBeforeStillGiveTheSubject() {
        Document d = resolve("""
                1 Leo Leo NNP PERSON 2 compound
                2 Park Park NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Tom Tom NNP PERSON 5 compound
                5 Reed Reed NNP PERSON 3 obj
                6 and and CC O 8 cc
                7 a a DT O 8 det
                8 doctor doctor NN O 5 conj
                9 . . . O 3 punct

                1 He he PRP O 2 nsubj
                2 said say VBD O 0 root
                3 talks talk NNS O 5 nsubj
                4 had have VBD O 5 aux
                5 ended end VBN O 2 ccomp
                6 . . . O 2 punct
                """);
        assertEquals("person:leo-park", actorOf(d, "He"));
    }
}
