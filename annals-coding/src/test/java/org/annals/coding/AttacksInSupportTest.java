package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** An attack made "in support of" an actor is military aid to it (AttacksInSupport); sentences written for the test. */
class AttacksInSupportTest {
    private static List<Event> aid(String conll) {
        return code(conll).stream().filter(e -> e.type().equals("AID")).toList();
    }

    @Test
    void strikesInSupportOfAnActorAreMilitaryAidToIt() {
        // Chile conducted strikes in support of Peru.
        String strikes = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 conducted conduct VBD O 0 root
                3 strikes strike NNS O 2 obj
                4 in in IN O 5 case
                5 support support NN O 2 obl
                6 of of IN O 7 case
                7 Peru Peru NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """;
        List<Event> events = aid(strikes);
        assertEquals(1, events.size());
        assertEquals("military", events.get(0).mode());
        assertEquals(List.of("CHL"), events.get(0).sourceIds());
        assertEquals(List.of("PER"), events.get(0).targetIds());
    }

    @Test
    void regressionStrikesCoordinatedWithAndInSupportOfAGovernment() {
        // Chile conducted 11 strikes coordinated with and in support of Peru.
        String coordinated = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 conducted conduct VBD O 0 root
                3 11 11 CD NUMBER 4 nummod
                4 strikes strike NNS O 2 obj
                5 coordinated coordinate VBN O 4 acl
                6 with with IN O 5 obl
                7 and and CC O 9 cc
                8 in in IN O 9 case
                9 support support NN O 5 obl
                10 of of IN O 11 case
                11 Peru Peru NNP LOCATION 9 nmod
                12 . . . O 2 punct
                """;
        List<Event> events = aid(coordinated);
        assertEquals(1, events.size());
        assertEquals(List.of("CHL"), events.get(0).sourceIds());
        assertEquals(List.of("PER"), events.get(0).targetIds());
    }

    @Test
    void regressionAParticipleMisreadAsAClauseOfTheStrikes() {
        // Chile conducted 11 strikes coordinated with and in support of Peru, as the parser reads it: "strikes" the
        // subject of "coordinated", which hangs on "conducted" as "dep".
        String misread = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 conducted conduct VBD O 0 root
                3 11 11 CD NUMBER 4 nummod
                4 strikes strike NNS O 5 nsubj
                5 coordinated coordinate VBN O 2 dep
                6 with with IN O 9 case
                7 and and CC O 9 cc
                8 in in IN O 9 case
                9 support support NN O 5 obl
                10 of of IN O 11 case
                11 Peru Peru NNP LOCATION 9 nmod
                12 . . . O 2 punct
                """;
        List<Event> events = aid(misread);
        assertEquals(1, events.size());
        assertEquals(List.of("CHL"), events.get(0).sourceIds());
        assertEquals(List.of("PER"), events.get(0).targetIds());
    }

    @Test
    void anAttackVerbCarriesThePhraseToo() {
        // In support of Peru, Chile struck Bolivia.
        String struck = """
                1 In in IN O 2 case
                2 support support NN O 6 obl
                3 of of IN O 4 case
                4 Peru Peru NNP LOCATION 2 nmod
                5 , , , O 6 punct
                6 struck strike VBD O 0 root
                7 Bolivia Bolivia NNP LOCATION 6 obj
                8 . . . O 6 punct
                """;
        String withSubject = struck.replace("5 , , , O 6 punct", "5 Chile Chile NNP LOCATION 6 nsubj");
        List<Event> events = aid(withSubject);
        assertEquals(1, events.size());
        assertEquals(List.of("CHL"), events.get(0).sourceIds());
        assertEquals(List.of("PER"), events.get(0).targetIds());
    }

    @Test
    void supportPhraseOnAnActThatIsNoAttackIsNoAid() {
        // Chile held talks in support of Peru.
        String talks = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 held hold VBD O 0 root
                3 talks talk NNS O 2 obj
                4 in in IN O 5 case
                5 support support NN O 2 obl
                6 of of IN O 7 case
                7 Peru Peru NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """;
        assertEquals(List.of(), aid(talks));
    }

    @Test
    void marchingInSupportOfAnActorIsNoAid() {
        // Chile marched in support of Peru.
        String marched = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 marched march VBD O 0 root
                3 in in IN O 4 case
                4 support support NN O 2 obl
                5 of of IN O 6 case
                6 Peru Peru NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """;
        assertEquals(List.of(), aid(marched));
    }

    @Test
    void strikesInSupportOfNoActorCodeNoAid() {
        // Chile conducted strikes in support of its partners.
        String partners = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 conducted conduct VBD O 0 root
                3 strikes strike NNS O 2 obj
                4 in in IN O 5 case
                5 support support NN O 2 obl
                6 of of IN O 8 case
                7 its its PRP$ O 8 nmod:poss
                8 partners partner NNS O 5 nmod
                9 . . . O 2 punct
                """;
        assertEquals(List.of(), aid(partners));
    }
}
