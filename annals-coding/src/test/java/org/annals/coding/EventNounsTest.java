package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Event nouns told with the support verbs that make the agent their subject (rows read off the explain table). */
class EventNounsTest {
    @Test
    void whoCommitsAMurderKillsTheOneAfterOf() {
        Event e = only(code("""
                1 Lina Lina NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 committed commit VBD O 0 root
                4 the the DT O 5 det
                5 murder murder NN O 3 obj
                6 of of IN O 8 case
                7 Omar Omar NNP PERSON 8 compound
                8 Nasser Nasser NNP PERSON 5 nmod
                9 . . . O 3 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("person:lina-haddad"), e.sourceIds());
        assertEquals(List.of("person:omar-nasser"), e.targetIds());
        assertEquals("noun:murder/support:commit/nsubj", e.rule());
    }

    @Test
    void theOwnerOfAMurderIsItsVictimSoItCodesNoAgent() {
        assertTrue(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Nasser Nasser NNP PERSON 5 nmod:poss
                3 's 's POS O 2 case
                4 brutal brutal JJ O 5 amod
                5 murder murder NN O 6 nsubj
                6 shocked shock VBD O 0 root
                7 Chile Chile NNP LOCATION 6 obj
                8 . . . O 6 punct
                """).stream().noneMatch(e -> e.type().equals("ASSAULT")));
    }

    @Test
    void aWarningSentToAnActorThreatensIt() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 sent send VBD O 0 root
                3 a a DT O 5 det
                4 stern stern JJ O 5 amod
                5 warning warning NN O 2 obj
                6 to to IN O 7 case
                7 Chile Chile NNP LOCATION 2 obl
                8 . . . O 2 punct
                """));
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void joiningARallyAgainstAnActorProtestsItButACampaignRallyIsNoProtest() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 joined join VBD O 0 root
                3 a a DT O 4 det
                4 rally rally NN O 2 obj
                5 against against IN O 6 case
                6 Kenya Kenya NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("KEN"), e.targetIds());
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 attended attend VBD O 0 root
                3 a a DT O 5 det
                4 campaign campaign NN O 5 compound
                5 rally rally NN O 2 obj
                6 . . . O 2 punct
                """).isEmpty());
    }

    @Test
    void toughenedSanctionsSanctionTheirTarget() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 toughened toughen VBD O 0 root
                3 its its PRP$ O 4 nmod:poss
                4 sanctions sanction NNS O 2 obj
                5 against against IN O 6 case
                6 Chile Chile NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("SANCTION", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void removingTariffsConcedesToTheCountryTheyHit() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 removed remove VBD O 0 root
                3 tariffs tariff NNS O 2 obj
                4 on on IN O 5 case
                5 Chile Chile NNP LOCATION 3 nmod
                6 . . . O 2 punct
                """));
        assertEquals("CONCEDE", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }
}
