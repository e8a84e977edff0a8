package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.annals.core.Mention;
import org.junit.jupiter.api.Test;

class BoundPossessivesTest {
    private static final ActorStage ACTORS = new ActorStage();

    private static String actorOfPronoun(Document document, String word) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(word))
                .map(Mention::actorId)
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    @Test
    void aPossessiveInTheSubjectsClauseTellsHerGenderSoALaterHeSkipsHer() {
        Document d = ACTORS.apply(ConllDocuments.parse("""
                #id t
                #published 2025-09-02
                1 Tam Tam NNP PERSON 2 compound
                2 Oduya Oduya NNP PERSON 3 nsubj
                3 took take VBD O 0 root
                4 two two CD O 5 nummod
                5 seats seat NNS O 3 obj
                6 . . . O 3 punct

                1 Rin Rin NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 3 nsubj
                3 won win VBD O 0 root
                4 the the DT O 6 det
                5 last last JJ O 6 amod
                6 seat seat NN O 3 obj
                7 , , , O 6 punct
                8 her she PRP$ O 9 nmod:poss
                9 first first NN O 6 appos
                10 . . . O 3 punct

                1 He he PRP O 2 nsubj
                2 conceded concede VBD O 0 root
                3 . . . O 2 punct
                """));
        assertEquals("person:tam-oduya", actorOfPronoun(d, "He"));
    }

    @Test
    void aPossessiveAfterAnotherPersonTeachesTheSubjectNothing() {
        Document d = ACTORS.apply(ConllDocuments.parse("""
                #id t
                #published 2025-09-02
                1 Tam Tam NNP PERSON 2 compound
                2 Oduya Oduya NNP PERSON 3 nsubj
                3 took take VBD O 0 root
                4 two two CD O 5 nummod
                5 seats seat NNS O 3 obj
                6 . . . O 3 punct

                1 Rin Rin NNP PERSON 2 compound
                2 Okafor Okafor NNP PERSON 3 nsubj
                3 thanked thank VBD O 0 root
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 obj
                6 for for IN O 8 case
                7 her she PRP$ O 8 nmod:poss
                8 help help NN O 3 obl
                9 . . . O 3 punct

                1 He he PRP O 2 nsubj
                2 conceded concede VBD O 0 root
                3 . . . O 2 punct
                """));
        assertEquals("person:rin-okafor", actorOfPronoun(d, "He"));
    }
}
