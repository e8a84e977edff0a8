package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

class IndefiniteDescriptionsTest {
    private static final ActorStage ACTORS = new ActorStage();

    private static Document resolve(String lastSentence) {
        return ACTORS.apply(ConllDocuments.parse("""
                #id t
                #published 2025-09-02
                1 Polish Polish JJ MISC 2 amod
                2 minister minister NN O 4 compound
                3 Ewa Ewa NNP PERSON 4 compound
                4 Nowak Nowak NNP PERSON 5 nsubj
                5 resigned resign VBD O 0 root
                6 . . . O 5 punct

                """ + lastSentence));
    }

    @Test
    void anIndefiniteOfficeHolderIsTheCountrysUnnamedOfficialsNotThePersonNamedBefore() {
        Document d = resolve("""
                1 A a DT O 3 det
                2 Polish Polish JJ MISC 3 amod
                3 diplomat diplomat NN O 4 nsubj
                4 objected object VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals("group:POL:diplomat", actorOf(d, "Polish diplomat"));
    }

    @Test
    void aDefiniteOfficeHolderStillRefersBackToThePersonNamedBefore() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Polish Polish JJ MISC 3 amod
                3 diplomat diplomat NN O 4 nsubj
                4 objected object VBD O 0 root
                5 . . . O 4 punct
                """);
        assertEquals("person:ewa-nowak", actorOf(d, "Polish diplomat"));
    }
}
