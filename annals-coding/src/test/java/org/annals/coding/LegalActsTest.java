package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Institutional and legal acts: refusals, rulings, dismissals, charges and investigations. */
class LegalActsTest {
    private static Optional<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    private static Event only(List<Event> events, String type) {
        return ofType(events, type).orElseThrow(() -> new AssertionError("no " + type + " in " + events));
    }

    @Test
    void votingAgainstAnActorOpposesItWhereVotingForItSupportsIt() {
        Event against = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 voted vote VBD O 0 root
                3 against against IN O 4 case
                4 Chile Chile NNP LOCATION 2 obl
                5 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("PER"), against.sourceIds());
        assertEquals(List.of("CHL"), against.targetIds());
        List<Event> forIt = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 voted vote VBD O 0 root
                3 for for IN O 4 case
                4 Chile Chile NNP LOCATION 2 obl
                5 . . . O 2 punct
                """);
        assertEquals("SUPPORT", forIt.get(0).type(), forIt.toString());
        assertTrue(ofType(forIt, "REJECT").isEmpty(), forIt.toString());
    }

    @Test
    void testifyingAgainstSomeoneAccusesThem() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 testified testify VBD O 0 root
                4 against against IN O 5 case
                5 Okafor Okafor NNP PERSON 3 obl
                6 . . . O 3 punct
                """), "ACCUSE");
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void turningDownAnActorsOfferRejectsThatActor() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 turned turn VBD O 0 root
                3 down down RP O 2 compound:prt
                4 Chile Chile NNP LOCATION 6 nmod:poss
                5 's 's POS O 4 case
                6 offer offer NN O 2 obj
                7 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void rulingThatAPartyBrokeTheLawGoesAgainstThatParty() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 ruled rule VBD O 0 root
                3 that that IN O 5 mark
                4 Chile Chile NNP LOCATION 5 nsubj
                5 breached breach VBD O 2 ccomp
                6 the the DT O 7 det
                7 treaty treaty NN O 5 obj
                8 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertEquals("ruling", e.mode());
    }

    @Test
    void rulingThatAPartyDidNotBreakTheLawIsNoRulingAgainstIt() {
        List<Event> events = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 ruled rule VBD O 0 root
                3 Chile Chile NNP LOCATION 6 nsubj
                4 did do VBD O 6 aux
                5 not not RB O 6 advmod
                6 breach breach VB O 2 ccomp
                7 the the DT O 8 det
                8 treaty treaty NN O 6 obj
                9 . . . O 2 punct
                """);
        assertTrue(ofType(events, "REJECT").isEmpty(), events.toString());
    }

    @Test
    void declaringAnActorsMeasureUnlawfulRulesAgainstTheActor() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 declared declare VBD O 0 root
                3 Kenya Kenya NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 tariff tariff NN O 2 obj
                6 unlawful unlawful JJ O 2 xcomp
                7 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("KEN"), e.targetIds());
    }

    @Test
    void dismissingAnActorsLawsuitRejectsThePlaintiffButAnUnownedCaseCodesNothing() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 dismissed dismiss VBD O 0 root
                3 Peru Peru NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 appeal appeal NN O 2 obj
                6 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("PER"), e.targetIds());
        List<Event> unowned = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 threw throw VBD O 0 root
                3 out out RP O 2 compound:prt
                4 the the DT O 5 det
                5 case case NN O 2 obj
                6 . . . O 2 punct
                """);
        assertTrue(unowned.isEmpty(), unowned.toString());
    }

    @Test
    void unsealedChargesAgainstSomeoneAccuseThem() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 unsealed unseal VBD O 0 root
                3 charges charge NNS O 2 obj
                4 against against IN O 5 case
                5 Okafor Okafor NNP PERSON 3 nmod
                6 . . . O 2 punct
                """), "ACCUSE");
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void anOwnedInvestigationOfSomeoneAccusesThemWhereAnUnownedOneCodesNothing() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 investigation investigation NN O 6 nsubj
                4 into into IN O 5 case
                5 Okafor Okafor NNP PERSON 3 nmod
                6 continued continue VBD O 0 root
                7 . . . O 6 punct
                """), "ACCUSE");
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
        List<Event> unowned = code("""
                1 The the DT O 2 det
                2 investigation investigation NN O 5 nsubj
                3 into into IN O 4 case
                4 Okafor Okafor NNP PERSON 2 nmod
                5 continued continue VBD O 0 root
                6 . . . O 5 punct
                """);
        assertTrue(unowned.isEmpty(), unowned.toString());
    }

    @Test
    void decliningWhatOneWasAskedRefusesWhoeverAsked() {
        List<Event> events = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 asked ask VBD O 0 root
                3 Chile Chile NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 wait wait VB O 2 xcomp
                6 , , , O 9 punct
                7 but but CC O 9 cc
                8 Chile Chile NNP LOCATION 9 nsubj
                9 declined decline VBD O 2 conj
                10 . . . O 2 punct
                """);
        Event refusal = only(events, "REJECT");
        assertEquals(List.of("CHL"), refusal.sourceIds());
        assertEquals(List.of("PER"), refusal.targetIds());
        assertEquals(List.of("CHL"), only(events, "REQUEST").targetIds());
    }

    @Test
    void aRefusalBySomeoneNotAskedAnswersNoRequest() {
        List<Event> events = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 asked ask VBD O 0 root
                3 Chile Chile NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 wait wait VB O 2 xcomp
                6 , , , O 9 punct
                7 but but CC O 9 cc
                8 Kenya Kenya NNP LOCATION 9 nsubj
                9 refused refuse VBD O 2 conj
                10 . . . O 2 punct
                """);
        assertTrue(ofType(events, "REJECT").isEmpty(), events.toString());
    }

    @Test
    void writingToAnActorAskingSomethingRequestsItOfThem() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 wrote write VBD O 0 root
                3 to to IN O 4 case
                4 Kenya Kenya NNP LOCATION 2 obl
                5 asking ask VBG O 2 advcl
                6 for for IN O 7 case
                7 help help NN O 5 obl
                8 . . . O 2 punct
                """), "REQUEST");
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("KEN"), e.targetIds());
    }

    @Test
    void aLetterToAnActorUrgingSomethingRequestsItOfThem() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 sent send VBD O 0 root
                3 a a DT O 4 det
                4 letter letter NN O 2 obj
                5 to to IN O 6 case
                6 Chile Chile NNP LOCATION 4 nmod
                7 urging urge VBG O 4 acl
                8 a a DT O 9 det
                9 vote vote NN O 7 obj
                10 . . . O 2 punct
                """), "REQUEST");
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void askingWithoutAMessageOrAddresseeCodesNoRequest() {
        List<Event> events = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 in in IN O 4 case
                4 Kenya Kenya NNP LOCATION 2 obl
                5 asking ask VBG O 2 advcl
                6 for for IN O 7 case
                7 help help NN O 5 obl
                8 . . . O 2 punct
                """);
        assertTrue(ofType(events, "REQUEST").isEmpty(), events.toString());
    }

    @Test
    void confirmingSomeonesNominationSupportsThem() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 confirmed confirm VBD O 0 root
                3 Okafor Okafor NNP PERSON 5 nmod:poss
                4 's 's POS O 3 case
                5 nomination nomination NN O 2 obj
                6 . . . O 2 punct
                """), "SUPPORT");
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void conductingAnInvestigationOfAnActorsDealingsAccusesTheActor() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 3 nsubj
                2 was be VBD O 3 aux
                3 conducting conduct VBG O 0 root
                4 an a DT O 5 det
                5 investigation investigation NN O 3 obj
                6 of of IN O 9 case
                7 Okafor Okafor NNP PERSON 9 nmod:poss
                8 's 's POS O 7 case
                9 dealings dealing NNS O 5 nmod
                10 . . . O 3 punct
                """), "ACCUSE");
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void talkingAboutSomeonesRequestDoesNotAnswerIt() {
        List<Event> events = code("""
                1 Regarding regarding VBG O 4 case
                2 Chile Chile NNP LOCATION 4 nmod:poss
                3 's 's POS O 2 case
                4 request request NN O 7 obl
                5 , , , O 7 punct
                6 Okafor Okafor NNP PERSON 7 nsubj
                7 said say VBD O 0 root
                8 nothing nothing NN O 7 obj
                9 . . . O 7 punct
                """);
        assertTrue(ofType(events, "REQUEST").isEmpty(), events.toString());
    }

    @Test
    void refusingTheRequestRefusesWhoeverAskedItEarlier() {
        List<Event> events = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 urged urge VBD O 0 root
                3 Chile Chile NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 pay pay VB O 2 xcomp
                6 . . . O 2 punct

                1 Chile Chile NNP LOCATION 2 nsubj
                2 declined decline VBD O 0 root
                3 the the DT O 4 det
                4 request request NN O 2 obj
                5 . . . O 2 punct
                """);
        Event refusal = only(events, "REJECT");
        assertEquals(List.of("CHL"), refusal.sourceIds());
        assertEquals(List.of("PER"), refusal.targetIds());
    }

    @Test
    void refusingARequestNobodyCodedMadeOfTheRefuserNamesNoTarget() {
        List<Event> events = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 urged urge VBD O 0 root
                3 Kenya Kenya NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 pay pay VB O 2 xcomp
                6 . . . O 2 punct

                1 Chile Chile NNP LOCATION 2 nsubj
                2 declined decline VBD O 0 root
                3 the the DT O 4 det
                4 request request NN O 2 obj
                5 . . . O 2 punct
                """);
        assertTrue(ofType(events, "REJECT").isEmpty(), events.toString());
    }

    @Test
    void rulingThatAPartyActedUnlawfullyGoesAgainstThatParty() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 ruled rule VBD O 0 root
                3 that that IN O 6 mark
                4 Kenya Kenya NNP LOCATION 6 nsubj
                5 had have VBD O 6 aux
                6 acted act VBN O 2 ccomp
                7 unlawfully unlawfully RB O 6 advmod
                8 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("KEN"), e.targetIds());
    }

    @Test
    void secondingSomeonesCallEndorsesThem() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 seconded second VBD O 0 root
                3 Chile Chile NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 proposal proposal NN O 2 obj
                6 . . . O 2 punct
                """), "SUPPORT");
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void aFindingParsedAsTheAdjectivesSubjectStillNamesTheParty() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 declared declare VBD O 0 root
                3 Kenya Kenya NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 levy levy NN O 6 nsubj
                6 illegal illegal JJ O 2 xcomp
                7 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("KEN"), e.targetIds());
    }
}
