package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A he/she inside a quotation is never the speaker it is credited to; outside it, the speaker may be meant. */
class QuoteSpeakersTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    @Test
    void aSubjectPronounInTheSpeakersOwnWordsContinuesTheSubjectBefore() {
        Document d = resolve("""
                1 Leo Leo NNP PERSON 2 compound
                2 Park Park NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 detained detain VBN O 0 root
                5 . . . O 4 punct

                1 Senator senator NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 4 nsubj
                4 declared declare VBD O 0 root
                5 : : : O 4 punct
                6 `` `` `` O 8 punct
                7 He he PRP O 8 nsubj
                8 deserves deserve VBZ O 4 ccomp
                9 justice justice NN O 8 obj
                10 . . . O 4 punct
                11 '' '' '' O 4 punct
                """);
        assertEquals("person:leo-park", actorOf(d, "He"));
    }

    @Test
    void pastTheSpeakerANameThatIsNoSubjectIsNotGuessed() {
        Document d = resolve("""
                1 Police police NNS O 2 nsubj
                2 questioned question VBD O 0 root
                3 Leo Leo NNP PERSON 4 compound
                4 Park Park NNP PERSON 2 obj
                5 . . . O 2 punct

                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 wrote write VBD O 0 root
                4 : : : O 3 punct
                5 `` `` `` O 7 punct
                6 Nobody nobody NN O 7 nsubj
                7 trusts trust VBZ O 3 ccomp
                8 him he PRP O 7 obj
                9 . . . O 3 punct
                10 '' '' '' O 3 punct
                """);
        assertEquals("", actorOf(d, "him"));
    }

    @Test
    void aPronounOutsideTheQuotationMayStillBeTheSpeaker() {
        Document d = resolve("""
                1 Mia Mia NNP PERSON 2 compound
                2 Cole Cole NNP PERSON 3 nsubj
                3 coached coach VBD O 0 root
                4 the the DT O 5 det
                5 final final NN O 3 obj
                6 . . . O 3 punct

                1 `` `` `` O 3 punct
                2 We we PRP O 3 nsubj
                3 won win VBD O 6 ccomp
                4 , , , O 3 punct
                5 '' '' '' O 3 punct
                6 she she PRP O 7 nsubj
                7 said say VBD O 0 root
                8 of of IN O 10 case
                9 her she PRP$ O 10 nmod:poss
                10 team team NN O 7 obl
                11 . . . O 7 punct
                """);
        assertEquals("person:mia-cole", actorOf(d, "she"));
        assertEquals("person:mia-cole", actorOf(d, "her"));
    }

    @Test
    void regressionAPronounInWordsSaidOfAPersonIsThatPerson() {
        Document d = resolve("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 first first RB O 3 advmod
                5 . . . O 3 punct

                1 Then then RB O 4 advmod
                2 Leo Leo NNP PERSON 3 compound
                3 Park Park NNP PERSON 4 nsubj
                4 said say VBD O 0 root
                5 of of IN O 7 case
                6 Tom Tom NNP PERSON 7 compound
                7 Reyes Reyes NNP PERSON 4 obl
                8 , , , O 4 punct
                9 `` `` `` O 11 punct
                10 He he PRP O 11 nsubj
                11 inspired inspire VBD O 4 ccomp
                12 us we PRP O 11 obj
                13 . . . O 4 punct
                14 '' '' '' O 4 punct
                """);
        assertEquals("person:tom-reyes", actorOf(d, "He"));
    }

    @Test
    void wordsSaidOfAThingLeaveThePronounToTheSubjectBefore() {
        Document d = resolve("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct

                1 Leo Leo NNP PERSON 2 compound
                2 Park Park NNP PERSON 3 nsubj
                3 said say VBD O 0 root
                4 of of IN O 6 case
                5 the the DT O 6 det
                6 decision decision NN O 3 obl
                7 , , , O 3 punct
                8 `` `` `` O 10 punct
                9 He he PRP O 10 nsubj
                10 failed fail VBD O 3 ccomp
                11 us we PRP O 10 obj
                12 . . . O 3 punct
                13 '' '' '' O 3 punct
                """);
        assertEquals("person:omar-haddad", actorOf(d, "He"));
    }
}
