package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Granularity;
import org.annals.core.Modality;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/**
 * Dates an event's own sentence does not give: the occasion the sentence points back to, the day the paragraph set
 * for a passive in the simple past, and the date another telling of the same happening reads in the text. An article
 * published on 2025-09-02.
 */
class EventDatesTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // "Last week the paper published an account of a summit held in July." Two times: the publishing (the main verb)
    // and the summit (a noun).
    private static final String ACCOUNT_OF_A_JULY_SUMMIT = """
            1 Last last JJ O 2 amod
            2 week week NN DATE 5 obl:tmod
            3 the the DT O 4 det
            4 paper paper NN O 5 nsubj
            5 published publish VBD O 0 root
            6 an a DT O 7 det
            7 account account NN O 5 obj
            8 of of IN O 10 case
            9 a a DT O 10 det
            10 summit summit NN O 7 nmod
            11 held hold VBN O 10 acl
            12 in in IN O 13 case
            13 July July NNP DATE 11 obl
            14 . . . O 5 punct
            #time 1-2 2025-W35 WEEK PAST
            #time 13-13 2025-07 MONTH PAST

            """;

    private static final String IN_IT_CHINA_CRITICIZES_BRITAIN = """
            1 In in IN O 2 case
            2 it it PRP O 5 obl
            3 , , , O 5 punct
            4 China China NNP LOCATION 5 nsubj
            5 criticizes criticize VBZ O 0 root
            6 Britain Britain NNP LOCATION 5 obj
            7 . . . O 5 punct
            """;

    @Test
    void anEventInAnOccasionThePreviousSentenceDatesTakesTheOccasionsTime() {
        Event e = only(code(ACCOUNT_OF_A_JULY_SUMMIT + IN_IT_CHINA_CRITICIZES_BRITAIN));
        assertEquals("ACCUSE", e.type());
        assertEquals("2025-07", e.date(), "the summit's month, not the week the account was published");
        assertEquals(Granularity.MONTH, e.dateGranularity());
    }

    @Test
    void regressionADemonstrativeOccasionOpeningTheSentenceTakesItsTimeAcrossAParagraph() {
        Event e = only(code("""
                #block body
                1 Thousands thousand NNS O 2 nsubj
                2 attended attend VBD O 0 root
                3 the the DT O 6 det
                4 August August NNP DATE 6 compound
                5 2017 2017 CD DATE 4 nummod
                6 rally rally NN O 2 obj
                7 . . . O 2 punct
                #time 4-5 2017-08 MONTH PAST

                #block body
                1 In in IN O 3 case
                2 that that DT O 3 det
                3 event event NN O 6 obl
                4 , , , O 6 punct
                5 China China NNP LOCATION 6 nsubj
                6 criticized criticize VBD O 0 root
                7 Britain Britain NNP LOCATION 6 obj
                8 . . . O 6 punct
                """));
        assertEquals("2017-08", e.date());
        assertEquals(Modality.HISTORICAL, e.modality(), "the rally's year lies before the article's");
    }

    @Test
    void regressionAnOpeningPhraseThatPointsToNothingEarlierTakesNoTimeFromThePreviousSentence() {
        String inParis = """
                1 In in IN O 2 case
                2 Paris Paris NNP LOCATION 5 obl
                3 , , , O 5 punct
                4 China China NNP LOCATION 5 nsubj
                5 criticizes criticize VBZ O 0 root
                6 Britain Britain NNP LOCATION 5 obj
                7 . . . O 5 punct
                """;
        assertEquals(
                "2025-09-02", only(code(ACCOUNT_OF_A_JULY_SUMMIT + inParis)).date());
    }

    @Test
    void regressionADemonstrativeNounOfNoOccasionTakesNoTimeFromThePreviousSentence() {
        String inThisCase = """
                1 In in IN O 3 case
                2 this this DT O 3 det
                3 case case NN O 6 obl
                4 , , , O 6 punct
                5 China China NNP LOCATION 6 nsubj
                6 criticizes criticize VBZ O 0 root
                7 Britain Britain NNP LOCATION 6 obj
                8 . . . O 6 punct
                """;
        assertEquals(
                "2025-09-02", only(code(ACCOUNT_OF_A_JULY_SUMMIT + inThisCase)).date());
    }

    @Test
    void regressionAnOccasionWithTwoTimesBesideTheMainVerbsIsNotGuessed() {
        String twoNounTimes = """
                1 They they PRP O 2 nsubj
                2 compared compare VBD O 0 root
                3 the the DT O 5 det
                4 July July NNP DATE 5 compound
                5 summit summit NN O 2 obj
                6 with with IN O 9 case
                7 the the DT O 9 det
                8 May May NNP DATE 9 compound
                9 summit summit NN O 2 obl
                10 . . . O 2 punct
                #time 4-4 2025-07 MONTH PAST
                #time 8-8 2025-05 MONTH PAST

                """;
        String date = only(code(twoNounTimes + IN_IT_CHINA_CRITICIZES_BRITAIN)).date();
        assertEquals("2025-09-02", date, "neither month is taken; the present tense is the report's day");
    }

    private static final String HEARING_ON_WEDNESDAY = """
            1 A a DT O 2 det
            2 hearing hearing NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 held hold VBN O 0 root
            5 on on IN O 6 case
            6 Wednesday Wednesday NNP DATE 4 obl
            7 . . . O 4 punct
            #time 6-6 2025-08-27 DAY PAST

            """;

    @Test
    void regressionAPassiveInTheSimplePastTakesTheDayThePreviousSentenceOfItsParagraphSet() {
        Event e = only(code(HEARING_ON_WEDNESDAY + """
                1 Britain Britain NNP LOCATION 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 criticized criticize VBN O 0 root
                4 by by IN O 5 case
                5 China China NNP LOCATION 3 obl:agent
                6 . . . O 3 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("2025-08-27", e.date());
    }

    @Test
    void regressionAPassivePresentPerfectDoesNotTakeThePreviousSentencesDay() {
        Event e = only(code(HEARING_ON_WEDNESDAY + """
                1 Britain Britain NNP LOCATION 4 nsubj:pass
                2 has have VBZ O 4 aux
                3 been be VBN O 4 aux:pass
                4 criticized criticize VBN O 0 root
                5 by by IN O 6 case
                6 China China NNP LOCATION 4 obl:agent
                7 . . . O 4 punct
                """));
        assertEquals("2025-09-02", e.date());
    }

    private static final String SINCE_THEN_CHINA_HAS_CRITICIZED_BRITAIN = """
            1 Since since IN O 2 case
            2 then then RB O 6 advcl
            3 , , , O 6 punct
            4 China China NNP LOCATION 6 nsubj
            5 has have VBZ O 6 aux
            6 criticized criticize VBN O 0 root
            7 Britain Britain NNP LOCATION 6 obj
            8 . . . O 6 punct

            """;

    @Test
    void anUndatedTellingTakesTheDateAnotherTellingOfTheSameHappeningReadsInTheText() {
        List<Event> events = code(SINCE_THEN_CHINA_HAS_CRITICIZED_BRITAIN + """
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 in in IN O 5 case
                5 2022 2022 CD DATE 2 obl
                6 . . . O 2 punct
                #time 5-5 2022 YEAR PAST
                """);
        Event e = only(events);
        assertEquals(1, e.mentions().size(), "the second telling is a mention of the first");
        assertEquals("2022", e.date());
        assertEquals(Granularity.YEAR, e.dateGranularity());
        assertEquals(Modality.HISTORICAL, e.modality());
    }

    @Test
    void regressionAnUndatedTellingDoesNotTakeThePublicationDateOfAnotherTelling() {
        Event e = only(code(SINCE_THEN_CHINA_HAS_CRITICIZED_BRITAIN + """
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertEquals(1, e.mentions().size());
        assertEquals("", e.date(), "publication is no date the text gives");
    }

    private static final String LEAD_YESTERDAY = """
            #block body
            1 China China NNP LOCATION 3 nsubj
            2 yesterday yesterday NN DATE 3 obl:tmod
            3 met meet VBD O 0 root
            4 Japan Japan NNP LOCATION 3 obj
            5 . . . O 3 punct
            #time 2-2 2025-09-01 DAY PAST

            """;

    private static final String LEAD_ABOUT_A_SEPTEMBER_FIRST_DEAL = """
            #block body
            1 The the DT O 4 det
            2 September September NNP DATE 4 compound
            3 1 1 CD DATE 2 nummod
            4 deal deal NN O 5 nsubj
            5 angered anger VBD O 0 root
            6 Japan Japan NNP LOCATION 5 obj
            7 . . . O 5 punct
            #time 2-3 2025-09-01 DAY PAST

            """;

    private static final String LATER_PARAGRAPH_CHINA_CRITICIZED_BRITAIN = """
            #block body
            1 China China NNP LOCATION 2 nsubj
            2 criticized criticize VBD O 0 root
            3 Britain Britain NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void regressionAnUndatedActInTheSimplePastTakesTheDayTheLeadToldItsNewsOn() {
        Event e = code(LEAD_YESTERDAY + LATER_PARAGRAPH_CHINA_CRITICIZED_BRITAIN).stream()
                .filter(event -> event.type().equals("ACCUSE"))
                .findFirst()
                .orElseThrow();
        assertEquals("2025-09-01", e.date(), "the lead's day, not the publication day after it");
    }

    @Test
    void regressionADayThatDatesANounInTheLeadIsNoDayOfTheScene() {
        Event e = code(LEAD_ABOUT_A_SEPTEMBER_FIRST_DEAL + LATER_PARAGRAPH_CHINA_CRITICIZED_BRITAIN).stream()
                .filter(event ->
                        event.type().equals("ACCUSE") && event.targetIds().equals(List.of("GBR")))
                .findFirst()
                .orElseThrow();
        assertEquals("2025-09-02", e.date());
    }

    private static Event attackOnBritain(String conll) {
        return code(conll).stream()
                .filter(event -> event.type().equals("ASSAULT"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void regressionANounActWhoseSupportVerbIsInTheSimplePastTakesTheDayTheLeadToldItsNewsOn() {
        Event e = attackOnBritain(LEAD_YESTERDAY + """
                #block body
                1 China China NNP LOCATION 2 nsubj
                2 launched launch VBD O 0 root
                3 an a DT O 4 det
                4 attack attack NN O 2 obj
                5 on on IN O 6 case
                6 Britain Britain NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """);
        assertEquals("2025-09-01", e.date(), "the tense of 'launched', not of the noun 'attack'");
    }

    @Test
    void regressionANounActWhoseSupportVerbIsInThePresentPerfectKeepsThePublicationDay() {
        Event e = attackOnBritain(LEAD_YESTERDAY + """
                #block body
                1 China China NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 launched launch VBN O 0 root
                4 an a DT O 5 det
                5 attack attack NN O 3 obj
                6 on on IN O 7 case
                7 Britain Britain NNP LOCATION 5 nmod
                8 . . . O 3 punct
                """);
        assertEquals("2025-09-02", e.date());
    }

    @Test
    void regressionAnActNarratedInThePastInsideAQuotationIsNotDatedAtPublication() {
        Event e = only(quoted("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date(), "told as past by the speaker, before the day it was said");
    }

    @Test
    void anActToldInThePresentInsideAQuotationKeepsThePublicationDay() {
        Event e = only(quoted("""
                1 China China NNP LOCATION 2 nsubj
                2 criticizes criticize VBZ O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("2025-09-02", e.date());
    }

    @Test
    void anActNounWhoseVerbIsTheAttributionIsTheSayingItself() {
        String wrote = """
                1 China China NNP LOCATION 2 nsubj
                2 wrote write VBD O 0 root
                3 , , , O 2 punct
                4 `` `` `` O 5 punct
                5 Congratulations congratulation NNS O 2 obj
                6 to to TO O 7 case
                7 Britain Britain NNP LOCATION 5 nmod
                8 '' '' '' O 2 punct
                9 . . . O 2 punct
                """;
        Event e = only(quoted(wrote, 4, 6, "write"));
        assertEquals("SUPPORT", e.type());
        assertEquals("2025-09-02", e.date(), "the congratulation is made by writing it, not told as earlier");
    }

    // The whole sentence is an interviewee's answer, as Wikinews prints it.
    private static List<Event> quoted(String conll) {
        return quoted(conll, 0, (int) conll.strip().lines().count() - 1, "interview");
    }

    private static List<Event> quoted(String conll, int first, int last, String cue) {
        Document document = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
        Span span = new Span(
                document.tokens().get(first).span().start(),
                document.tokens().get(last).span().end());
        Quote quote = new Quote(span, document.textOf(span), QuoteKind.DIRECT, "", null, cue, "");
        return EVENTS.apply(document.withQuotes(List.of(quote))).events();
    }

    private static final String CHINA_CRITICIZED_BRITAIN = """
            1 China China NNP LOCATION 2 nsubj
            2 criticized criticize VBD O 0 root
            3 Britain Britain NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void regressionAnUndatedActOfARoundUpTakesTheMonthItsHeadlineClosesWith() {
        Event e = only(code("#title On the campaign trail in Asia, August 2025\n" + CHINA_CRITICIZED_BRITAIN));
        assertEquals("2025-08", e.date(), "a round-up published after the month it chronicles");
        assertEquals(Granularity.MONTH, e.dateGranularity());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void aMonthInsideTheHeadlinesWordsKeepsThePublicationDay() {
        Event e = only(code("#title Survivors remember the August 2005 floods\n" + CHINA_CRITICIZED_BRITAIN));
        assertEquals("2025-09-02", e.date(), "the month names the subject, not when the acts happen");
    }

    @Test
    void aHeadlineMonthNotYetOverKeepsThePublicationDay() {
        Event e = only(code("#title News briefs: September 2025\n" + CHINA_CRITICIZED_BRITAIN));
        assertEquals("2025-09-02", e.date());
    }
}
