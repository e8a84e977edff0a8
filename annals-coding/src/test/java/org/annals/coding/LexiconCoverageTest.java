package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Verbs added after checking their uses on unlabelled articles; sentences written for the test. */
class LexiconCoverageTest {
    // Kenya appreciated Uganda's help.
    private static final String APPRECIATED = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 appreciated appreciate VBD O 0 root
            3 Uganda Uganda NNP LOCATION 5 nmod:poss
            4 's 's POS O 3 case
            5 help help NN O 2 obj
            6 . . . O 2 punct
            """;

    @Test
    void appreciatingAnActorsDeedSupportsTheActor() {
        List<Event> events = code(APPRECIATED);
        assertEquals(1, events.size(), events.toString());
        assertEquals("SUPPORT", events.get(0).type());
        assertEquals(List.of("KEN"), events.get(0).sourceIds());
        assertEquals(List.of("UGA"), events.get(0).targetIds());
    }

    @Test
    void appreciatingSomethingNobodyDidIsNoEvent() {
        String weather = APPRECIATED
                .replace("3 Uganda Uganda NNP LOCATION 5 nmod:poss", "3 the the DT O 5 det")
                .replace("4 's 's POS O 3 case", "4 mild mild JJ O 5 amod")
                .replace("5 help help NN O 2 obj", "5 weather weather NN O 2 obj");
        assertEquals(List.of(), code(weather));
    }

    // France advised Germany to wait.
    private static final String ADVISED = """
            1 France France NNP LOCATION 2 nsubj
            2 advised advise VBD O 0 root
            3 Germany Germany NNP LOCATION 2 obj
            4 to to TO O 5 mark
            5 wait wait VB O 2 xcomp
            6 . . . O 2 punct
            """;

    @Test
    void advisingSomeoneToActAsksThem() {
        List<Event> events = code(ADVISED);
        assertEquals(1, events.size(), events.toString());
        assertEquals("REQUEST", events.get(0).type());
        assertEquals(List.of("FRA"), events.get(0).sourceIds());
        assertEquals(List.of("DEU"), events.get(0).targetIds());
    }

    @Test
    void advisingNoActorIsNoEvent() {
        String residents = ADVISED.replace("3 Germany Germany NNP LOCATION 2 obj", "3 caution caution NN O 2 obj");
        assertEquals(List.of(), code(residents));
    }

    // Armenia occupied Azerbaijan's territory.
    private static final String OCCUPIED = """
            1 Armenia Armenia NNP LOCATION 2 nsubj
            2 occupied occupy VBD O 0 root
            3 Azerbaijan Azerbaijan NNP LOCATION 5 nmod:poss
            4 's 's POS O 3 case
            5 territory territory NN O 2 obj
            6 . . . O 2 punct
            """;

    @Test
    void occupyingACountrysTerritoryAttacksTheCountry() {
        List<Event> events = code(OCCUPIED);
        assertEquals(1, events.size(), events.toString());
        assertEquals("ASSAULT", events.get(0).type());
        assertEquals(List.of("ARM"), events.get(0).sourceIds());
        assertEquals(List.of("AZE"), events.get(0).targetIds());
    }

    @Test
    void occupyingAnAreaOfNoActorIsNoEvent() {
        // "The colony occupied six hectares."
        String hectares = """
                1 The the DT O 2 det
                2 colony colony NN O 3 nsubj
                3 occupied occupy VBD O 0 root
                4 six six CD NUMBER 5 nummod
                5 hectares hectare NNS O 3 obj
                6 . . . O 3 punct
                """;
        assertEquals(List.of(), code(hectares));
    }
}
