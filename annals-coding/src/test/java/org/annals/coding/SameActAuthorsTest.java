package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** An act of authority told without agent is the one author's who did all such acts told before it. */
class SameActAuthorsTest {
    private static final String HADDAD_PARDONED_ANA_RUIZ = """
            1 Haddad Haddad NNP PERSON 2 nsubj
            2 pardoned pardon VBD O 0 root
            3 Ana Ana NNP PERSON 4 compound
            4 Ruiz Ruiz NNP PERSON 2 obj
            5 . . . O 2 punct

            """;
    private static final String LEO_PARK_WAS_PARDONED = """
            1 Leo Leo NNP PERSON 2 compound
            2 Park Park NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 pardoned pardon VBN O 0 root
            5 . . . O 4 punct

            """;

    @Test
    void regressionAPardonWithoutAgentIsTheOneWhoPardonedBefore() {
        List<Event> events = code(HADDAD_PARDONED_ANA_RUIZ + LEO_PARK_WAS_PARDONED);
        assertEquals(2, events.size(), events.toString());
        Event park = events.get(1);
        assertEquals(List.of("person:leo-park"), park.targetIds());
        assertEquals(List.of("person:haddad"), park.sourceIds(), park.toString());
        assertEquals("verb:pardon/agentless+" + SameActAuthors.ROUTE, park.rule());
    }

    @Test
    void twoAuthorsOfTheKindLeaveTheActWithoutOne() {
        List<Event> events = code(HADDAD_PARDONED_ANA_RUIZ + """
                1 Governor governor NNP O 3 compound
                2 Tom Tom NNP PERSON 3 compound
                3 Reyes Reyes NNP PERSON 4 nsubj
                4 pardoned pardon VBD O 0 root
                5 Mia Mia NNP PERSON 6 compound
                6 Cole Cole NNP PERSON 4 obj
                7 . . . O 4 punct

                """ + LEO_PARK_WAS_PARDONED);
        assertEquals(List.of(), events.get(2).sourceIds(), events.toString());
    }

    @Test
    void anActNotOfAuthorityKeepsNoAuthor() {
        List<Event> events = code("""
                1 Haddad Haddad NNP PERSON 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 2 obj
                5 . . . O 2 punct

                1 Leo Leo NNP PERSON 2 compound
                2 Park Park NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 criticized criticize VBN O 0 root
                5 . . . O 4 punct

                """);
        events.stream()
                .filter(e -> e.targetIds().contains("person:leo-park"))
                .forEach(e -> assertEquals(List.of(), e.sourceIds(), e.toString()));
    }

    @Test
    void theAuthorMayBeToldAfterTheAgentlessAct() {
        List<Event> events = code(LEO_PARK_WAS_PARDONED + HADDAD_PARDONED_ANA_RUIZ);
        assertEquals(List.of("person:haddad"), events.get(0).sourceIds(), events.toString());
    }

    @Test
    void anActOfAnotherYearGivesNoAuthor() {
        List<Event> events = code(HADDAD_PARDONED_ANA_RUIZ + """
                1 Leo Leo NNP PERSON 2 compound
                2 Park Park NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 pardoned pardon VBN O 0 root
                5 in in IN O 6 case
                6 1994 1994 CD DATE 4 obl
                7 . . . O 4 punct
                #time 6-6 1994 YEAR PAST

                """);
        assertEquals(List.of(), events.get(1).sourceIds(), events.toString());
    }
}
