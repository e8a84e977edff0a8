package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.junit.jupiter.api.Test;

/**
 * A later definite event noun with nothing of its own ("The meeting lasted three hours") is a further telling of the
 * nearest act of its type and mode told before; sentences for the test.
 */
class AnaphoricRetellingsTest {
    private static final String DIALLO_MET_SATO = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Keiko Keiko NNP PERSON 5 compound
            5 Sato Sato NNP PERSON 3 obj
            6 in in IN O 7 case
            7 Dakar Dakar NNP LOCATION 3 obl
            8 . . . O 3 punct

            """;
    private static final String LEE_MET_PARK = """
            1 Min Min NNP PERSON 2 compound
            2 Lee Lee NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Lena Lena NNP PERSON 5 compound
            5 Park Park NNP PERSON 3 obj
            6 . . . O 3 punct

            """;
    private static final String DIALLO_DID_NOT_MEET_SATO = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 5 nsubj
            3 did do VBD O 5 aux
            4 not not RB O 5 advmod
            5 meet meet VB O 0 root
            6 Keiko Keiko NNP PERSON 7 compound
            7 Sato Sato NNP PERSON 5 obj
            8 . . . O 5 punct

            """;
    private static final String DIALLO_WILL_MEET_SATO = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 4 nsubj
            3 will will MD O 4 aux
            4 meet meet VB O 0 root
            5 Keiko Keiko NNP PERSON 6 compound
            6 Sato Sato NNP PERSON 4 obj
            7 . . . O 4 punct

            """;
    private static final String DIALLO_PHONED_SATO = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 3 nsubj
            3 phoned phone VBD O 0 root
            4 Keiko Keiko NNP PERSON 5 compound
            5 Sato Sato NNP PERSON 3 obj
            6 . . . O 3 punct

            """;

    // A lead that tells no meeting.
    private static final String KIM_RESIGNED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Kim Kim NNP PERSON 3 nsubj
            3 resigned resign VBD O 0 root
            4 . . . O 3 punct

            """;
    // "Min Lee, who met Lena Park, resigned.": a meeting named in passing, in a relative clause.
    private static final String WHO_MET = """
            1 %s %s NNP PERSON 2 compound
            2 %s %s NNP PERSON 9 nsubj
            3 , , , O 2 punct
            4 who who WP O 5 nsubj
            5 met meet VBD O 2 acl:relcl
            6 %s %s NNP PERSON 7 compound
            7 %s %s NNP PERSON 5 obj
            8 , , , O 2 punct
            9 resigned resign VBD O 0 root
            10 . . . O 9 punct

            """;
    private static final String LEE_WAS_DEVELOPING_PLANS_TO_MEET_PARK = """
            1 Min Min NNP PERSON 2 compound
            2 Lee Lee NNP PERSON 4 nsubj
            3 was be VBD O 4 aux
            4 developing develop VBG O 0 root
            5 plans plan NNS O 4 obj
            6 to to TO O 7 mark
            7 meet meet VB O 4 xcomp
            8 Lena Lena NNP PERSON 9 compound
            9 Park Park NNP PERSON 7 obj
            10 . . . O 4 punct

            """;
    private static final String LEE_WAS_GOING_TO_MEET_PARK = """
            1 Min Min NNP PERSON 2 compound
            2 Lee Lee NNP PERSON 4 nsubj
            3 was be VBD O 4 aux
            4 going go VBG O 0 root
            5 to to TO O 6 mark
            6 meet meet VB O 4 xcomp
            7 Lena Lena NNP PERSON 8 compound
            8 Park Park NNP PERSON 6 obj
            9 . . . O 4 punct

            """;
    private static final String LEE_WENT_TO_MEET_PARK = """
            1 Min Min NNP PERSON 2 compound
            2 Lee Lee NNP PERSON 3 nsubj
            3 went go VBD O 0 root
            4 to to TO O 5 mark
            5 meet meet VB O 3 xcomp
            6 Lena Lena NNP PERSON 7 compound
            7 Park Park NNP PERSON 5 obj
            8 . . . O 3 punct

            """;

    private static String whoMet(String first, String last, String otherFirst, String otherLast) {
        return String.format(
                Locale.ROOT, WHO_MET, first, first, last, last, otherFirst, otherFirst, otherLast, otherLast);
    }

    // "Ana Kim resigned after a meeting.": a meeting introduced that the coder does not code, with no participants.
    private static final String KIM_RESIGNED_AFTER_A_MEETING = """
            1 Ana Ana NNP PERSON 2 compound
            2 Kim Kim NNP PERSON 3 nsubj
            3 resigned resign VBD O 0 root
            4 after after IN O 6 case
            5 a a DT O 6 det
            6 meeting meeting NN O 3 obl
            7 . . . O 3 punct

            """;

    // "The meeting lasted three hours." with the determiner, the noun, its lemma and its tag filled in.
    private static final String LASTED = """
            1 %s %s DT O 2 det
            2 %s %s %s O 3 nsubj
            3 lasted last VBD O 0 root
            4 three three CD NUMBER 5 nummod
            5 hours hour NNS O 3 obj
            6 . . . O 3 punct

            """;

    private static String lasted(String determiner, String noun, String lemma, String tag) {
        return String.format(Locale.ROOT, LASTED, determiner, determiner.toLowerCase(Locale.ROOT), noun, lemma, tag);
    }

    private static final String THE_MEETING_LASTED = lasted("The", "meeting", "meeting", "NN");

    private static final String THE_NEXT_MEETING = """
            1 The the DT O 3 det
            2 next next JJ O 3 amod
            3 meeting meeting NN O 4 nsubj
            4 lasted last VBD O 0 root
            5 three three CD NUMBER 6 nummod
            6 hours hour NNS O 4 obj
            7 . . . O 4 punct

            """;
    private static final String THE_DAKAR_MEETING = """
            1 The the DT O 3 det
            2 Dakar Dakar NNP LOCATION 3 compound
            3 meeting meeting NN O 4 nsubj
            4 lasted last VBD O 0 root
            5 three three CD NUMBER 6 nummod
            6 hours hour NNS O 4 obj
            7 . . . O 4 punct

            """;
    private static final String THE_MEETING_WAS_HELD = """
            1 The the DT O 2 det
            2 meeting meeting NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 held hold VBN O 0 root
            5 on on IN O 6 case
            6 Friday Friday NNP DATE 4 obl
            7 . . . O 4 punct

            """;

    private static List<Event> consults(String conll) {
        return code(conll).stream().filter(e -> e.type().equals("CONSULT")).toList();
    }

    @Test
    void theMeetingInALaterSentenceIsAMentionOfTheMeetingToldBefore() {
        Event meeting = only(consults(DIALLO_MET_SATO + THE_MEETING_LASTED));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
        assertTrue(meeting.mentions().get(0).start() > meeting.evidence().end(), meeting.toString());
    }

    @Test
    void theTalksRetellAMeetingSinceTheirPluralIsOneRound() {
        Event meeting = only(consults(DIALLO_MET_SATO + lasted("The", "talks", "talk", "NNS")));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
    }

    @Test
    void aDemonstrativeMeetingIsAMentionToo() {
        Event meeting = only(consults(DIALLO_MET_SATO + lasted("That", "meeting", "meeting", "NN")));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
    }

    @Test
    void theNounRetellsTheNearestOfMeetingsToldAlike() {
        List<Event> meetings = consults(KIM_RESIGNED + DIALLO_MET_SATO + LEE_MET_PARK + THE_MEETING_LASTED);

        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(List.of(), meetings.get(0).mentions(), meetings.toString());
        assertEquals(1, meetings.get(1).mentions().size(), meetings.toString());
    }

    @Test
    void anIndefiniteMeetingIsNoMention() {
        Event meeting = only(consults(DIALLO_MET_SATO + lasted("A", "meeting", "meeting", "NN")));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void pluralMeetingsAreSeveralActsAndNoMention() {
        Event meeting = only(consults(DIALLO_MET_SATO + lasted("The", "meetings", "meeting", "NNS")));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void aMeetingNounDoesNotRetellAPhoneCall() {
        Event call = only(consults(DIALLO_PHONED_SATO + THE_MEETING_LASTED));

        assertEquals(List.of(), call.mentions(), call.toString());
    }

    @Test
    void aMeetingThatDidNotHappenIsNotRetold() {
        Event meeting = only(consults(DIALLO_DID_NOT_MEET_SATO + THE_MEETING_LASTED));

        assertEquals(Modality.NEGATED, meeting.modality(), meeting.toString());
        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void aMeetingNotYetHeldIsNotRetold() {
        Event meeting = only(consults(DIALLO_WILL_MEET_SATO + THE_MEETING_LASTED));

        assertEquals(Modality.FUTURE, meeting.modality(), meeting.toString());
        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void theNextMeetingIsAnotherOne() {
        Event meeting = only(consults(DIALLO_MET_SATO + THE_NEXT_MEETING));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void aMeetingNamedByAPlaceOfItsOwnIsNoMention() {
        Event meeting = only(consults(DIALLO_MET_SATO + THE_DAKAR_MEETING));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void aMeetingHeldBySupportVerbIsToldByThatVerbAndNoMention() {
        Event meeting = only(consults(DIALLO_MET_SATO + THE_MEETING_WAS_HELD));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void aMeetingNounBeforeAnyMeetingIsNoMention() {
        Event meeting = only(consults(THE_MEETING_LASTED + DIALLO_MET_SATO));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void theMeetingOfTheLeadIsRetoldOverANearerOne() {
        List<Event> meetings = consults(DIALLO_MET_SATO + LEE_MET_PARK + THE_MEETING_LASTED);

        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(1, meetings.get(0).mentions().size(), meetings.toString());
        assertEquals(List.of(), meetings.get(1).mentions(), meetings.toString());
    }

    @Test
    void aMeetingToldTwiceIsRetoldOverANearerOneToldOnce() {
        List<Event> meetings =
                consults(KIM_RESIGNED + DIALLO_MET_SATO + DIALLO_MET_SATO + LEE_MET_PARK + THE_MEETING_LASTED);

        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(2, meetings.get(0).mentions().size(), meetings.toString());
        assertEquals(List.of(), meetings.get(1).mentions(), meetings.toString());
    }

    @Test
    void aMeetingToldInAMainClauseIsRetoldOverANearerOneNamedInPassing() {
        List<Event> meetings =
                consults(KIM_RESIGNED + DIALLO_MET_SATO + whoMet("Min", "Lee", "Lena", "Park") + THE_MEETING_LASTED);

        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(1, meetings.get(0).mentions().size(), meetings.toString());
        assertEquals(List.of(), meetings.get(1).mentions(), meetings.toString());
    }

    @Test
    void aMeetingNamedInPassingIsRetoldWhenItIsTheOnlyOne() {
        Event meeting = only(consults(KIM_RESIGNED + whoMet("Min", "Lee", "Lena", "Park") + THE_MEETING_LASTED));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
    }

    @Test
    void twoMeetingsBothNamedInPassingLeaveTheNounUnresolved() {
        List<Event> meetings = consults(KIM_RESIGNED
                + whoMet("Amara", "Diallo", "Keiko", "Sato")
                + whoMet("Min", "Lee", "Lena", "Park")
                + THE_MEETING_LASTED);

        assertEquals(2, meetings.size(), meetings.toString());
        assertTrue(meetings.stream().allMatch(m -> m.mentions().isEmpty()), meetings.toString());
    }

    @Test
    void aPlannedMeetingIsNotRetold() {
        List<Event> meetings =
                consults(DIALLO_MET_SATO + KIM_RESIGNED + LEE_WAS_DEVELOPING_PLANS_TO_MEET_PARK + THE_MEETING_LASTED);

        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(Modality.FUTURE, meetings.get(1).modality(), meetings.toString());
        assertEquals(1, meetings.get(0).mentions().size(), meetings.toString());
        assertEquals(List.of(), meetings.get(1).mentions(), meetings.toString());
    }

    @Test
    void whatOneWasGoingToDoIsFutureAndWhereOneWentToDoItIsNot() {
        Event going = only(consults(LEE_WAS_GOING_TO_MEET_PARK));
        Event went = only(consults(LEE_WENT_TO_MEET_PARK));

        assertEquals(Modality.FUTURE, going.modality(), going.toString());
        assertEquals(Modality.ASSERTED, went.modality(), went.toString());
    }

    @Test
    void aMeetingIntroducedLaterAndNotCodedIsTheOneRetold() {
        List<Event> meetings = consults(DIALLO_MET_SATO + KIM_RESIGNED_AFTER_A_MEETING + THE_MEETING_LASTED);

        assertTrue(meetings.stream().allMatch(m -> m.mentions().isEmpty()), meetings.toString());
    }

    @Test
    void aMeetingIntroducedBeforeTheRetoldOneDoesNotStopIt() {
        Event meeting = only(consults(KIM_RESIGNED_AFTER_A_MEETING + DIALLO_MET_SATO + THE_MEETING_LASTED));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
    }

    @Test
    void aRetoldNounThatNounsTsvDoesNotCodeWithItsTypeFailsToLoad() {
        EventLexicon lexicon = EventLexicon.standard();

        IllegalStateException wrongType = assertThrows(
                IllegalStateException.class,
                () -> RetoldNouns.fromRows(
                        List.<String[]>of(new String[] {"meeting", "ASSAULT", "*", "no", "-"}), lexicon));
        assertTrue(wrongType.getMessage().contains("meeting"), wrongType.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> RetoldNouns.fromRows(
                        List.<String[]>of(new String[] {"meeting", "CONSULT", "meet", "maybe", "-"}), lexicon));
    }

    @Test
    void aNounThatOnlyRetellsBorrowsTheFrameOfACodedNounAndIsNotCodedItself() {
        EventLexicon lexicon = EventLexicon.standard();

        RetoldNouns gathering = RetoldNouns.fromRows(
                List.<String[]>of(new String[] {"gathering", "CONSULT", "meet", "no", "meeting"}), lexicon);
        assertEquals("meeting", gathering.noun("gathering").orElseThrow().frame());
        IllegalStateException coded = assertThrows(
                IllegalStateException.class,
                () -> RetoldNouns.fromRows(
                        List.<String[]>of(new String[] {"summit", "CONSULT", "meet", "no", "meeting"}), lexicon));
        assertTrue(coded.getMessage().contains("summit"), coded.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> RetoldNouns.fromRows(
                        List.<String[]>of(new String[] {"gathering", "CONSULT", "meet", "no", "parade"}), lexicon));
    }

    @Test
    void theGatheringRetellsAMeetingThoughNoGatheringIsCodedAsAnEvent() {
        List<Event> events = consults(DIALLO_MET_SATO + lasted("The", "gathering", "gathering", "NN"));

        assertEquals(1, events.size(), events.toString());
        assertEquals(1, events.get(0).mentions().size(), events.toString());
    }

    @Test
    void anIndefiniteGatheringIsNoMention() {
        Event meeting = only(consults(DIALLO_MET_SATO + lasted("A", "gathering", "gathering", "NN")));

        assertEquals(List.of(), meeting.mentions(), meeting.toString());
    }

    @Test
    void theShippedListLoads() {
        RetoldNouns nouns = RetoldNouns.standard(EventLexicon.standard());

        assertTrue(nouns.noun("Meeting").orElseThrow().retells("CONSULT", "meet"));
        assertTrue(!nouns.noun("meeting").orElseThrow().retells("CONSULT", "call"));
        assertTrue(nouns.noun("attack").orElseThrow().retells("ASSAULT", "bomb"));
    }
}
