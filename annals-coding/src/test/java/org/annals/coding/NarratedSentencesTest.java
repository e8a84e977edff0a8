package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** After a quotation of several sentences, "he said" continues the narration before the quotation. */
class NarratedSentencesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    @Test
    void regressionHeAfterAQuotationOfTwoSentencesIsTheSubjectBeforeIt() {
        Document d = resolve("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 8 nsubj
                3 , , , O 2 punct
                4 of of IN O 7 case
                5 the the DT O 7 det
                6 Karim Karim NNP PERSON 7 compound
                7 council council NN O 2 nmod
                8 described describe VBD O 0 root
                9 the the DT O 10 det
                10 scene scene NN O 8 obj
                11 . . . O 8 punct

                1 `` `` `` O 5 punct
                2 The the DT O 3 det
                3 blast blast NN O 5 nsubj
                4 was be VBD O 5 cop
                5 powerful powerful JJ O 0 root
                6 . . . O 5 punct

                1 The the DT O 2 det
                2 building building NN O 3 nsubj
                3 collapsed collapse VBD O 7 ccomp
                4 , , , O 7 punct
                5 '' '' '' O 7 punct
                6 he he PRP O 7 nsubj
                7 said say VBD O 0 root
                8 . . . O 7 punct
                """);
        assertEquals("person:omar-haddad", actorOf(d, "he"));
    }

    @Test
    void aNarratedSentenceBeforeIsReadAsBefore() {
        Document d = resolve("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Sami Sami NNP PERSON 5 compound
                5 Nasser Nasser NNP PERSON 3 obj
                6 . . . O 3 punct

                1 Sami Sami NNP PERSON 2 compound
                2 Nasser Nasser NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 first first RB O 3 advmod
                5 . . . O 3 punct

                1 He he PRP O 2 nsubj
                2 said say VBD O 0 root
                3 talks talk NNS O 5 nsubj
                4 had have VBD O 5 aux
                5 ended end VBN O 2 ccomp
                6 . . . O 2 punct
                """);
        assertEquals("person:sami-nasser", actorOf(d, "He"));
    }
}
