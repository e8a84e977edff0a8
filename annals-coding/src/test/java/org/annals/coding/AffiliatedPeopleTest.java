package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * People named by the body they act for act as that body (AffiliatedPeople), and the owners of a claim are actors
 * (ClaimOwners); sentences written for the test.
 */
class AffiliatedPeopleTest {
    // A spokeswoman for Greenpeace criticised Shell.
    private static final String SPOKESWOMAN_FOR = """
            1 A a DT O 2 det
            2 spokeswoman spokeswoman NN O 5 nsubj
            3 for for IN O 4 case
            4 Greenpeace Greenpeace NNP ORGANIZATION 2 nmod
            5 criticised criticise VBD O 0 root
            6 Shell Shell NNP ORGANIZATION 5 obj
            7 . . . O 5 punct
            """;

    // Officials from Peru and Chile met on Monday.
    private static final String OFFICIALS_FROM = """
            1 Officials official NNS O 6 nsubj
            2 from from IN O 3 case
            3 Peru Peru NNP LOCATION 1 nmod
            4 and and CC O 5 cc
            5 Chile Chile NNP LOCATION 3 conj
            6 met meet VBD O 0 root
            7 on on IN O 8 case
            8 Monday Monday NNP DATE 6 obl
            9 . . . O 6 punct
            """;

    // Leaders of NATO member states met on Monday.
    private static final String LEADERS_OF_MEMBER_STATES = """
            1 Leaders leader NNS O 6 nsubj
            2 of of IN O 5 case
            3 NATO NATO NNP ORGANIZATION 5 compound
            4 member member NN O 5 compound
            5 states state NNS O 1 nmod
            6 met meet VBD O 0 root
            7 on on IN O 8 case
            8 Monday Monday NNP DATE 6 obl
            9 . . . O 6 punct
            """;

    @Test
    void aSpokespersonForABodyActsAsTheBody() {
        Event e = only(code(SPOKESWOMAN_FOR));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("org:greenpeace"), e.sourceIds());
        assertEquals(List.of("org:shell"), e.targetIds());
        assertTrue(e.rule().endsWith("+affiliation"), e.rule());
    }

    @Test
    void criticsOfABodyAreSomeoneElse() {
        String critics = SPOKESWOMAN_FOR
                .replace("2 spokeswoman spokeswoman NN", "2 critics critic NNS")
                .replace("3 for for IN", "3 of of IN");
        List<Event> events = code(critics);
        assertTrue(events.stream().noneMatch(e -> e.sourceIds().contains("org:greenpeace")), events.toString());
    }

    @Test
    void aSpokespersonForSomethingUnnamedIsNoBody() {
        String family = SPOKESWOMAN_FOR.replace(
                "4 Greenpeace Greenpeace NNP ORGANIZATION 2 nmod", "4 family family NN O 2 nmod");
        List<Event> events = code(family);
        assertTrue(events.stream().noneMatch(e -> e.rule().contains("affiliation")), events.toString());
    }

    @Test
    void officialsFromTwoStatesThatMeetConsultEachOther() {
        Event e = only(code(OFFICIALS_FROM));
        assertEquals("CONSULT", e.type());
        assertEquals(List.of("PER", "CHL"), e.sourceIds());
        assertEquals(List.of("PER", "CHL"), e.targetIds());
    }

    @Test
    void leadersOfTheMemberStatesOfABodyMeetingAreItsMembersConsulting() {
        Event e = only(code(LEADERS_OF_MEMBER_STATES));
        assertEquals("CONSULT", e.type());
        assertEquals(List.of("IGO.NATO"), e.sourceIds());
        assertTrue(e.rule().contains("+members"), e.rule());
        String opponents = LEADERS_OF_MEMBER_STATES.replace("1 Leaders leader NNS", "1 Opponents opponent NNS");
        assertEquals(List.of(), code(opponents));
    }

    // Chile rejected the demands of the protesters.
    private static final String DEMANDS_OF = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 rejected reject VBD O 0 root
            3 the the DT O 4 det
            4 demands demand NNS O 2 obj
            5 of of IN O 7 case
            6 the the DT O 7 det
            7 protesters protester NNS O 4 nmod
            8 . . . O 2 punct
            """;

    @Test
    void theOwnersOfARejectedDemandAreItsTarget() {
        List<Event> events = code(DEMANDS_OF);
        Event e = events.stream()
                .filter(x -> x.type().equals("REJECT"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("CHL"), e.sourceIds());
        assertEquals(List.of("group:protester"), e.targetIds());
        // The demand itself, made by its owners of the one who answered it.
        assertTrue(events.stream()
                .anyMatch(x -> x.type().equals("REQUEST") && x.sourceIds().equals(e.targetIds())));
    }

    @Test
    void theOwnersOfSomethingThatIsNoClaimAreNoTarget() {
        String homes = DEMANDS_OF.replace("4 demands demand NNS", "4 homes home NNS");
        assertTrue(
                code(homes).stream().allMatch(e -> e.targetIds().isEmpty()),
                code(homes).toString());
    }
}
