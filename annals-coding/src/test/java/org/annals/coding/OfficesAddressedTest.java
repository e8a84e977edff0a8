package org.annals.coding;

import static org.annals.coding.ResolvedActors.actor;
import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "Mr. Vice President, I'm speaking": an office addressed with an honorific is no person named "Vice President". */
class OfficesAddressedTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2020-11-01\n" + conll));
    }

    private static final String PRESIDENT_ANA_RUIZ_SPOKE = """
            1 President President NNP O 3 compound
            2 Ana Ana NNP PERSON 3 compound
            3 Ruiz Ruiz NNP PERSON 4 nsubj
            4 spoke speak VBD O 0 root
            """;

    private static final String MR_VICE_PRESIDENT_I_AM_SPEAKING = """

            1 Mr. Mr. NNP PERSON 3 compound
            2 Vice Vice NNP PERSON 3 compound
            3 President President NNP PERSON 6 vocative
            4 , , , O 3 punct
            5 I I PRP O 6 nsubj
            6 speaking speak VBG O 0 root
            """;

    @Test
    void regressionAnOfficeAddressedByMrIsNoPersonAndLeavesThePresidentHisTitle() {
        Document d = resolve(PRESIDENT_ANA_RUIZ_SPOKE + MR_VICE_PRESIDENT_I_AM_SPEAKING);
        assertTrue(
                d.actors().stream().noneMatch(a -> a.id().equals("person:vice-president")),
                d.actors() + " " + d.mentions());
        assertEquals("GOV", actor(d, "person:ana-ruiz").sector());
    }

    @Test
    void mrWithASurnameThatIsATitleStaysThePersonNamedSoElsewhere() {
        Document d = resolve("""
                1 John John NNP PERSON 2 compound
                2 King King NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Mr. Mr. NNP PERSON 2 compound
                2 King King NNP PERSON 3 nsubj
                3 agreed agree VBD O 0 root
                """);
        assertEquals("person:john-king", actorOf(d, "King"));
    }
}
