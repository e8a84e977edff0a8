package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Releases from custody and commuted sentences told in the passive without agent (verbs.tsv, nouns.tsv; docs/evaluation.md,
 * "Court, police and custody acts pooled over eight sets"); sentences written for the test.
 */
class CustodyReleasesTest {
    // Okafor was released in 2018.
    private static final String RELEASED = """
            1 Okafor Okafor NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 released release VBN O 0 root
            4 in in IN O 5 case
            5 2018 2018 CD DATE 3 obl
            6 . . . O 3 punct
            """;

    @Test
    void regressionAPersonReleasedWithoutAgentIsConcededToWithoutSource() {
        Event event = only(code(RELEASED));
        assertEquals("CONCEDE", event.type());
        assertEquals("release", event.mode());
        assertEquals(List.of(), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void aPersonFreedWithoutAgentIsConcededToAsWell() {
        Event event = only(code(RELEASED.replace("released release", "freed free")));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Okafor was released from prison.
    private static final String FROM_PRISON = """
            1 Okafor Okafor NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 released release VBN O 0 root
            4 from from IN O 5 case
            5 prison prison NN O 3 obl
            6 . . . O 3 punct
            """;

    @Test
    void regressionAPersonReleasedFromPrisonWithoutAgentIsConcededTo() {
        Event event = only(code(FROM_PRISON));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of(), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
        assertEquals("verb:release from prison/agentless", event.rule());
    }

    @Test
    void aPersonReleasedFromHospitalIsNoEvent() {
        assertEquals(List.of(), code(FROM_PRISON.replace("prison prison", "hospital hospital")));
    }

    @Test
    void aPersonFreedFromTheRubbleIsNoEvent() {
        assertEquals(
                List.of(),
                code(FROM_PRISON.replace("released release", "freed free").replace("prison prison", "rubble rubble")));
    }

    @Test
    void aThingReleasedWithoutAgentIsNoEvent() {
        // "The report was released in 2018."
        assertEquals(
                List.of(),
                code(RELEASED.replace("1 Okafor Okafor NNP PERSON 3 nsubj:pass", "1 report report NN O 3 nsubj:pass")));
    }

    @Test
    void regressionAnOrganisationReleasedWithoutAgentIsNoEvent() {
        // "Amnesty International was released in 2018": a document or product the tagger took for an organisation.
        assertEquals(
                List.of(),
                code(RELEASED.replace("1 Okafor Okafor NNP PERSON 3 nsubj:pass", """
                1 Amnesty Amnesty NNP ORGANIZATION 2 compound
                2 International International NNP ORGANIZATION 4 nsubj:pass
                """)
                        .replace("2 was be VBD O 3 aux:pass", "3 was be VBD O 4 aux:pass")
                        .replace("3 released release VBN O 0 root", "4 released release VBN O 0 root")
                        .replace("4 in in IN O 5 case", "5 in in IN O 6 case")
                        .replace("5 2018 2018 CD DATE 3 obl", "6 2018 2018 CD DATE 4 obl")
                        .replace("6 . . . O 3 punct", "7 . . . O 4 punct")));
    }

    @Test
    void regressionAParticipleWithAnObjectOfItsOwnIsNoPassiveRelease() {
        // "The envoy Okafor released a statement", parsed as "Okafor [who was] released a statement".
        assertEquals(List.of(), code("""
                1 The the DT O 3 det
                2 envoy envoy NN O 3 compound
                3 Okafor Okafor NNP PERSON 0 root
                4 released release VBN O 3 acl
                5 a a DT O 6 det
                6 statement statement NN O 4 obj
                7 . . . O 3 punct
                """));
    }

    // Okafor's sentence was commuted.
    private static final String COMMUTED = """
            1 Okafor Okafor NNP PERSON 3 nmod:poss
            2 's 's POS O 1 case
            3 sentence sentence NN O 5 nsubj:pass
            4 was be VBD O 5 aux:pass
            5 commuted commute VBN O 0 root
            6 . . . O 5 punct
            """;

    @Test
    void regressionASentenceCommutedWithoutAgentConcedesToItsOwner() {
        Event event = only(code(COMMUTED));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of(), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void aSentenceCommutedWithoutAnOwnerIsNoEvent() {
        assertEquals(List.of(), code("""
                1 The the DT O 2 det
                2 sentence sentence NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 commuted commute VBN O 0 root
                5 . . . O 4 punct
                """));
    }

    // The rebels released Okafor.
    private static final String RELEASED_WITH_AGENT = """
            1 The the DT O 2 det
            2 rebels rebel NNS O 3 nsubj
            3 released release VBD O 0 root
            4 Okafor Okafor NNP PERSON 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void aPersonReleasedByAnAgentIsConcededTo() {
        Event event = only(code(RELEASED_WITH_AGENT));
        assertEquals("CONCEDE", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void regressionAnOrganisationReleasedByAnAgentIsAProductPutOutAndNoEvent() {
        // "Okafor released Kestrel Software": a product or document the tagger took for an organisation.
        assertEquals(List.of(), code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 released release VBD O 0 root
                3 Kestrel Kestrel NNP ORGANIZATION 4 compound
                4 Software Software NNP ORGANIZATION 2 obj
                5 . . . O 2 punct
                """));
    }
}
