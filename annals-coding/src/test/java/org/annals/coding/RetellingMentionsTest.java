package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** A happening told again in the article is one event that lists each further telling; sentences for the test. */
class RetellingMentionsTest {
    private static final String DIALLO_MET_SATO = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Keiko Keiko NNP PERSON 5 compound
            5 Sato Sato NNP PERSON 3 obj
            6 on on IN O 7 case
            7 Friday Friday NNP DATE 3 obl
            8 . . . O 3 punct
            #time 7-7 2025-08-29 DAY PAST

            """;
    private static final String ON_FRIDAY_IN_DAKAR = """
            1 On on IN O 2 case
            2 Friday Friday NNP DATE 5 obl
            3 Amara Amara NNP PERSON 4 compound
            4 Diallo Diallo NNP PERSON 5 nsubj
            5 met meet VBD O 0 root
            6 Keiko Keiko NNP PERSON 7 compound
            7 Sato Sato NNP PERSON 5 obj
            8 in in IN O 9 case
            9 Dakar Dakar NNP LOCATION 5 obl
            10 . . . O 5 punct
            #time 2-2 2025-08-29 DAY PAST

            """;
    private static final String ALSO_ON_FRIDAY = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 4 nsubj
            3 also also RB O 4 advmod
            4 met meet VBD O 0 root
            5 Keiko Keiko NNP PERSON 6 compound
            6 Sato Sato NNP PERSON 4 obj
            7 on on IN O 8 case
            8 Friday Friday NNP DATE 4 obl
            9 . . . O 4 punct
            #time 8-8 2025-08-29 DAY PAST

            """;
    private static final String MET_IN_2019 = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Keiko Keiko NNP PERSON 5 compound
            5 Sato Sato NNP PERSON 3 obj
            6 in in IN O 7 case
            7 2019 2019 CD DATE 3 obl
            8 . . . O 3 punct
            #time 7-7 2019 YEAR PAST

            """;
    private static final String MET_THIS_WEEK = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Keiko Keiko NNP PERSON 5 compound
            5 Sato Sato NNP PERSON 3 obj
            6 this this DT DATE 7 det
            7 week week NN DATE 3 obl:tmod
            8 . . . O 3 punct
            #time 6-7 2025-W35 WEEK PAST

            """;
    private static final String MET_LAST_WEEK = """
            1 Amara Amara NNP PERSON 2 compound
            2 Diallo Diallo NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Keiko Keiko NNP PERSON 5 compound
            5 Sato Sato NNP PERSON 3 obj
            6 last last JJ DATE 7 amod
            7 week week NN DATE 3 obl:tmod
            8 . . . O 3 punct
            #time 6-7 2025-W34 WEEK PAST

            """;
    private static final String PARK_SHOT = """
            1 Lena Lena NNP PERSON 2 compound
            2 Park Park NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 shot shoot VBD O 0 root
            5 on on IN O 6 case
            6 Monday Monday NNP DATE 4 obl
            7 . . . O 4 punct

            """;
    private static final String HADDAD_SHOT_PARK = """
            1 Omar Omar NNP PERSON 2 compound
            2 Haddad Haddad NNP PERSON 3 nsubj
            3 shot shoot VBD O 0 root
            4 Lena Lena NNP PERSON 5 compound
            5 Park Park NNP PERSON 3 obj
            6 . . . O 3 punct

            """;

    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aMeetingToldTwiceIsOneEventWithTheSecondSentenceAsItsMention() {
        Event meeting = only(ofType(code(DIALLO_MET_SATO + ON_FRIDAY_IN_DAKAR), "CONSULT"));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
        assertTrue(meeting.mentions().get(0).start() > meeting.evidence().end(), meeting.toString());
    }

    @Test
    void aThirdTellingIsASecondMentionInTextOrder() {
        Event meeting = only(ofType(code(DIALLO_MET_SATO + ON_FRIDAY_IN_DAKAR + ALSO_ON_FRIDAY), "CONSULT"));

        List<Span> mentions = meeting.mentions();
        assertEquals(2, mentions.size(), meeting.toString());
        assertTrue(meeting.evidence().end() <= mentions.get(0).start(), meeting.toString());
        assertTrue(mentions.get(0).end() <= mentions.get(1).start(), meeting.toString());
    }

    @Test
    void anotherMeetingOfTheSamePairIsItsOwnEventAndNoMention() {
        List<Event> meetings = ofType(code(DIALLO_MET_SATO + MET_IN_2019), "CONSULT");

        assertEquals(2, meetings.size(), meetings.toString());
        meetings.forEach(m -> assertEquals(List.of(), m.mentions(), m.toString()));
    }

    @Test
    void anAgentlessTellingCompletedFromAnotherIsAMentionOfTheAttack() {
        Event attack = only(ofType(code(PARK_SHOT + HADDAD_SHOT_PARK), "ASSAULT"));

        assertEquals(1, attack.mentions().size(), attack.toString());
        assertTrue(!attack.mentions().contains(attack.evidence()), attack.toString());
    }

    @Test
    void regressionADayAndTheWeekThatHoldsItTellOneHappening() {
        Event meeting = only(ofType(code(DIALLO_MET_SATO + MET_THIS_WEEK), "CONSULT"));

        assertEquals(1, meeting.mentions().size(), meeting.toString());
    }

    @Test
    void aDayAndAnotherWeekTellTwoHappenings() {
        List<Event> meetings = ofType(code(DIALLO_MET_SATO + MET_LAST_WEEK), "CONSULT");

        assertEquals(2, meetings.size(), meetings.toString());
    }
}
