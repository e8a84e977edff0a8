package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A street protest that names nothing it is against is against the government of the country it is held in
 * (ProtestedGovernments); sentences written for the test.
 */
class ProtestedGovernmentsTest {
    private static List<Event> protests(String conll) {
        return CodedEvents.code(conll).stream()
                .filter(e -> e.type().equals("PROTEST"))
                .toList();
    }

    @Test
    void studentsProtestingAtHomeProtestAgainstTheirGovernment() {
        String students = """
                1 Students student NNS O 2 nsubj
                2 protested protest VBD O 0 root
                3 outside outside IN O 5 case
                4 the the DT O 5 det
                5 parliament parliament NN O 2 obl
                6 in in IN O 7 case
                7 Caracas Caracas NNP LOCATION 2 obl
                8 . . . O 2 punct
                """;
        Event protest = CodedEvents.only(protests(students));
        assertEquals(1, protest.targetIds().size(), protest.toString());
        assertTrue(protest.targetIds().get(0).startsWith("VEN"), protest.toString());
        assertTrue(protest.rule().endsWith(ProtestedGovernments.ROUTE), protest.rule());
    }

    @Test
    void aProtestToldByAParticipleIsHeldWhereItsVerbPutsIt() {
        String marched = """
                1 Nurses nurse NNS O 2 nsubj
                2 walked walk VBD O 0 root
                3 in in IN O 4 case
                4 Caracas Caracas NNP LOCATION 2 obl
                5 , , , O 6 punct
                6 protesting protest VBG O 2 advcl
                7 . . . O 2 punct
                """;
        Event protest = CodedEvents.only(protests(marched));
        assertEquals(1, protest.targetIds().size(), protest.toString());
        assertTrue(protest.targetIds().get(0).startsWith("VEN"), protest.toString());
    }

    @Test
    void aProtestToldByAClauseOfItsOwnIsNotPutWhereTheMainVerbIs() {
        String elsewhere = """
                1 Students student NNS O 2 nsubj
                2 arrived arrive VBD O 0 root
                3 in in IN O 4 case
                4 Caracas Caracas NNP LOCATION 2 obl
                5 and and CC O 7 cc
                6 later later RB O 7 advmod
                7 protested protest VBD O 2 conj
                8 . . . O 2 punct
                """;
        Event protest = CodedEvents.only(protests(elsewhere));
        assertTrue(protest.targetIds().isEmpty(), protest.toString());
    }

    @Test
    void protestersOfACountryWithNoPlaceNamedProtestAgainstTheirOwnGovernment() {
        String own = """
                1 Venezuelan venezuelan JJ NATIONALITY 2 amod
                2 students student NNS O 3 nsubj
                3 protested protest VBD O 0 root
                4 for for IN O 6 case
                5 three three CD NUMBER 6 nummod
                6 days day NNS DURATION 3 obl
                7 . . . O 3 punct
                """;
        Event protest = CodedEvents.only(protests(own));
        assertEquals(1, protest.targetIds().size(), protest.toString());
        assertTrue(protest.targetIds().get(0).startsWith("VEN"), protest.toString());
    }

    @Test
    void aProtestAgainstANamedActorKeepsIt() {
        String against = """
                1 Students student NNS O 2 nsubj
                2 protested protest VBD O 0 root
                3 against against IN O 4 case
                4 Exxon Exxon NNP ORGANIZATION 2 obl
                5 in in IN O 6 case
                6 Caracas Caracas NNP LOCATION 2 obl
                7 . . . O 2 punct
                """;
        Event protest = CodedEvents.only(protests(against));
        assertEquals(List.of("org:exxon"), protest.targetIds(), protest.toString());
    }

    @Test
    void aBodyOfStatesThatProtestsIsNoStreetProtestAgainstAGovernment() {
        String states = """
                1 The the DT O 3 det
                2 European European NNP ORGANIZATION 3 compound
                3 Union Union NNP ORGANIZATION 4 nsubj
                4 protested protest VBD O 0 root
                5 in in IN O 6 case
                6 Caracas Caracas NNP LOCATION 4 obl
                7 . . . O 4 punct
                """;
        Event protest = CodedEvents.only(protests(states));
        assertEquals(List.of("IGO.EU"), protest.sourceIds(), protest.toString());
        assertTrue(protest.targetIds().isEmpty(), protest.toString());
    }

    @Test
    void protestersFromAnotherCountryAreNotProtestingTheHostGovernment() {
        String visitors = """
                1 Colombian colombian JJ NATIONALITY 2 amod
                2 students student NNS O 3 nsubj
                3 protested protest VBD O 0 root
                4 in in IN O 5 case
                5 Caracas Caracas NNP LOCATION 3 obl
                6 . . . O 3 punct
                """;
        Event protest = CodedEvents.only(protests(visitors));
        assertTrue(protest.targetIds().isEmpty(), protest.toString());
    }

    @Test
    void aProtestWithNoPlaceIsNotPutInTheCountryTheArticleIsAbout() {
        String elsewhere = """
                1 Venezuela Venezuela NNP LOCATION 2 nsubj
                2 grew grow VBD O 0 root
                3 . . . O 2 punct

                1 Venezuela Venezuela NNP LOCATION 2 nsubj
                2 exported export VBD O 0 root
                3 oil oil NN O 2 obj
                4 . . . O 2 punct

                1 Students student NNS O 2 nsubj
                2 protested protest VBD O 0 root
                3 alone alone RB O 2 advmod
                4 . . . O 2 punct
                """;
        Event protest = CodedEvents.only(protests(elsewhere));
        assertTrue(protest.targetIds().isEmpty(), protest.toString());
    }

    @Test
    void aStrikeIsAgainstNoGovernmentByDefault() {
        String strike = """
                1 Students student NNS O 2 nsubj
                2 went go VBD O 0 root
                3 on on IN O 4 case
                4 strike strike NN O 2 obl
                5 in in IN O 6 case
                6 Caracas Caracas NNP LOCATION 2 obl
                7 . . . O 2 punct
                """;
        Event protest = CodedEvents.only(protests(strike));
        assertTrue(protest.targetIds().isEmpty(), protest.toString());
    }
}
