package org.annals.coding;

import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Granularity;
import org.annals.core.Modality;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Stances said in quotations and by verbs of naming; every sentence here is written for the test. */
class StanceCoderTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static Document resolved(String conll) {
        return ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll));
    }

    /** A quote over document tokens {@code first..last} (0-based, inclusive). */
    private static Quote quote(Document document, int first, int last, QuoteKind kind, String speaker, String cue) {
        Span span = new Span(
                document.tokens().get(first).span().start(),
                document.tokens().get(last).span().end());
        return new Quote(span, document.textOf(span), kind, speaker, null, cue, "");
    }

    private static List<Event> code(Document document, Quote... quotes) {
        return EVENTS.apply(document.withQuotes(List.of(quotes))).events();
    }

    private static final String CONTEMPT = """
            1 " " `` O 3 punct
            2 Canada Canada NNP LOCATION 3 nsubj
            3 treats treat VBZ O 12 ccomp
            4 the the DT O 5 det
            5 treaty treaty NN O 3 obj
            6 with with IN O 9 case
            7 open open JJ O 9 amod
            8 NEGATION NEGATION RB O 9 advmod
            9 contempt contempt NN O 3 obl
            10 , , , O 3 punct
            11 " " '' O 3 punct
            12 said say VBD O 0 root
            13 Maria Maria NNP PERSON 14 compound
            14 Lopez Lopez NNP PERSON 12 nsubj
            15 . . . O 12 punct
            """;

    @Test
    void aJudgementInAQuoteAccusesTheSubjectItJudgesAndLinksTheQuote() {
        Document document = resolved(CONTEMPT.replace("8 NEGATION NEGATION RB O 9 advmod\n", "8 , , , O 9 punct\n"));
        Quote said = quote(document, 1, 8, QuoteKind.DIRECT, "person:maria-lopez", "say");
        Event e = only(code(document, said));
        assertEquals("ACCUSE", e.type());
        assertEquals("criticize", e.mode());
        assertEquals(List.of("person:maria-lopez"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:contempt/about-subject", e.rule());
        assertEquals(said.span(), e.quote());
        assertEquals("2025-09-02", e.date(), "a stance is taken when it is said: an undated saying is news of the day");
        assertEquals(Granularity.DAY, e.dateGranularity());
    }

    @Test
    void aJudgementInAnInterviewAnswerCodesNoStance() {
        Document document = resolved(CONTEMPT.replace("8 NEGATION NEGATION RB O 9 advmod\n", "8 , , , O 9 punct\n"));
        Quote answer = quote(document, 1, 8, QuoteKind.DIRECT, "person:maria-lopez", "interview");
        assertEquals(List.of(), code(document, answer), "an answer's judging words are left to the narration");
    }

    private static final String LOPEZ_SPOKE_ON_MONDAY = """
            1 On on IN O 2 case
            2 Monday Monday NNP O 6 obl
            3 , , , O 6 punct
            4 Maria Maria NNP PERSON 5 compound
            5 Lopez Lopez NNP PERSON 6 nsubj
            6 spoke speak VBD O 0 root
            7 . . . O 6 punct
            #time 2-2 2025-09-01 DAY PAST

            """;

    @Test
    void aStanceInAnUndatedQuoteTakesTheDayTheParagraphSetsForTheSpeech() {
        Document document = resolved(
                LOPEZ_SPOKE_ON_MONDAY + CONTEMPT.replace("8 NEGATION NEGATION RB O 9 advmod\n", "8 , , , O 9 punct\n"));
        Event e = only(code(document, quote(document, 8, 15, QuoteKind.DIRECT, "person:maria-lopez", "say")));
        assertEquals("ACCUSE", e.type());
        assertEquals("2025-09-01", e.date());
    }

    @Test
    void aParagraphThatNamesTwoDaysSetsNoneForTheSpeech() {
        String twoDays = LOPEZ_SPOKE_ON_MONDAY
                .replace(
                        "7 . . . O 6 punct\n",
                        "7 and and CC O 8 cc\n8 Tuesday Tuesday NNP O 6 obl\n9 . . . O 6 punct\n")
                .replace(
                        "#time 2-2 2025-09-01 DAY PAST\n",
                        "#time 2-2 2025-09-01 DAY PAST\n#time 8-8 2025-08-26 DAY PAST\n");
        Document document =
                resolved(twoDays + CONTEMPT.replace("8 NEGATION NEGATION RB O 9 advmod\n", "8 , , , O 9 punct\n"));
        Event e = only(code(document, quote(document, 10, 17, QuoteKind.DIRECT, "person:maria-lopez", "say")));
        assertEquals("2025-09-02", e.date(), "no single day is set, so the publication rule dates it");
    }

    @Test
    void aLeadInItsOwnParagraphSetsItsFirstDayForALaterSpeech() {
        String twoDays = LOPEZ_SPOKE_ON_MONDAY
                .replace(
                        "7 . . . O 6 punct\n",
                        "7 and and CC O 8 cc\n8 Tuesday Tuesday NNP O 6 obl\n9 . . . O 6 punct\n")
                .replace(
                        "#time 2-2 2025-09-01 DAY PAST\n",
                        "#time 2-2 2025-09-01 DAY PAST\n#time 8-8 2025-08-26 DAY PAST\n");
        Document document = resolved("#block BODY\n" + twoDays + "#block BODY\n"
                + CONTEMPT.replace("8 NEGATION NEGATION RB O 9 advmod\n", "8 , , , O 9 punct\n"));
        Event e = only(code(document, quote(document, 10, 17, QuoteKind.DIRECT, "person:maria-lopez", "say")));
        assertEquals("2025-09-01", e.date(), "a lead opens with the day of its news");
    }

    @Test
    void aNegatedJudgementCodesNothing() {
        Document document = resolved(CONTEMPT.replace("NEGATION NEGATION", "never never"));
        assertEquals(List.of(), code(document, quote(document, 1, 8, QuoteKind.DIRECT, "person:maria-lopez", "say")));
    }

    @Test
    void withoutAResolvedSpeakerOrWhenOnlyRelayedNothingIsCoded() {
        Document document = resolved(CONTEMPT.replace("8 NEGATION NEGATION RB O 9 advmod\n", "8 , , , O 9 punct\n"));
        assertEquals(List.of(), code(document, quote(document, 1, 8, QuoteKind.DIRECT, "", "say")));
        assertEquals(
                List.of(),
                code(document, quote(document, 1, 8, QuoteKind.DIRECT, "person:maria-lopez", "according to")));
    }

    @Test
    void aJudgementOfSomethingThatIsNoActorCodesNothing() {
        Document document = resolved("""
                1 This this DT O 6 nsubj
                2 is be VBZ O 6 cop
                3 a a DT O 6 det
                4 reckless reckless JJ O 6 amod
                5 political political JJ O 6 amod
                6 gamble gamble NN O 9 ccomp
                7 , , , O 6 punct
                8 Ahmed Ahmed NNP PERSON 9 nsubj
                9 said say VBD O 0 root
                10 . . . O 9 punct
                """);
        assertEquals(List.of(), code(document, quote(document, 0, 5, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    @Test
    void othersJudgementReportedInThePassiveIsNotTheSpeakers() {
        Document document = resolved("""
                1 Canada Canada NNP LOCATION 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 portrayed portray VBN O 8 ccomp
                4 as as IN O 6 case
                5 a a DT O 6 det
                6 liar liar NN O 3 obl
                7 , , , O 8 punct
                8 said say VBD O 0 root
                9 Ahmed Ahmed NNP PERSON 8 nsubj
                """);
        assertEquals(List.of(), code(document, quote(document, 0, 5, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    @Test
    void aQuotedWordAfterAVerbOfNamingJudgesTheOwnerOfWhatItNames() {
        Document document = resolved("""
                1 Ahmed Ahmed NNP PERSON 2 nsubj
                2 called call VBD O 0 root
                3 Canada Canada NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 plan plan NN O 7 nsubj
                6 " " `` O 7 punct
                7 irresponsible irresponsible JJ O 2 xcomp
                8 " " '' O 7 punct
                9 . . . O 2 punct
                """);
        Event e = only(code(document, quote(document, 6, 6, QuoteKind.PARTIAL, "person:ahmed", "call")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:irresponsible/about-subject+owner", e.rule());
    }

    @Test
    void aPrayerOfTheSpeakerSupportsWhomItIsFor() {
        Document document = resolved("""
                1 We we PRP O 2 nsubj
                2 pray pray VBP O 7 ccomp
                3 for for IN O 5 case
                4 Ali Ali NNP PERSON 5 compound
                5 Reza Reza NNP PERSON 2 obl
                6 , , , O 7 punct
                7 wrote write VBD O 0 root
                8 Ahmed Ahmed NNP PERSON 9 compound
                9 Khan Khan NNP PERSON 7 nsubj
                """);
        Event e = only(code(document, quote(document, 0, 4, QuoteKind.DIRECT, "person:ahmed-khan", "write")));
        assertEquals("SUPPORT", e.type());
        assertEquals("condolence", e.mode());
        assertEquals(List.of("person:ali-reza"), e.targetIds());
        assertEquals("stance:pray/act-complement", e.rule());
    }

    @Test
    void someoneElsesPrayerIsNotTheSpeakers() {
        Document document = resolved("""
                1 Canada Canada NNP LOCATION 2 nsubj
                2 prays pray VBZ O 7 ccomp
                3 for for IN O 5 case
                4 Ali Ali NNP PERSON 5 compound
                5 Reza Reza NNP PERSON 2 obl
                6 , , , O 7 punct
                7 wrote write VBD O 0 root
                8 Ahmed Ahmed NNP PERSON 9 compound
                9 Khan Khan NNP PERSON 7 nsubj
                """);
        assertEquals(List.of(), code(document, quote(document, 0, 4, QuoteKind.DIRECT, "person:ahmed-khan", "write")));
    }

    @Test
    void sympathiesWithTheFamilyOfSomeoneSupportThatPerson() {
        Document document = resolved("""
                1 Our we PRP$ O 2 nmod:poss
                2 condolences condolence NNS O 5 nsubj
                3 are be VBP O 5 cop
                4 with with IN O 5 case
                5 relatives relative NNS O 0 root
                6 of of IN O 8 case
                7 Ali Ali NNP PERSON 8 compound
                8 Reza Reza NNP PERSON 5 nmod
                9 . . . O 5 punct

                1 Ahmed Ahmed NNP PERSON 2 compound
                2 Khan Khan NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                4 . . . O 3 punct
                """);
        Event e = only(code(document, quote(document, 0, 7, QuoteKind.DIRECT, "person:ahmed-khan", "speak")));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:ahmed-khan"), e.sourceIds());
        assertEquals(List.of("person:ali-reza"), e.targetIds());
        assertEquals("stance:condolence/act-aligned+owner", e.rule());
    }

    @Test
    void aRequestTheSpeakerMakesInTheFirstPersonIsAimedAtItsObject() {
        Document document = resolved("""
                1 I I PRP O 2 nsubj
                2 implore implore VBP O 0 root
                3 Canada Canada NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 reconsider reconsider VB O 2 xcomp
                6 . . . O 2 punct

                1 We we PRP O 2 nsubj
                2 urge urge VBP O 0 root
                3 Norway Norway NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 stay stay VB O 2 xcomp
                6 . . . O 2 punct

                1 Ahmed Ahmed NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 . . . O 2 punct
                """);
        List<Event> events = code(document, quote(document, 0, 11, QuoteKind.DIRECT, "person:ahmed", "say"));
        assertEquals(2, events.size(), events.toString());
        assertEquals("REQUEST", events.get(0).type());
        assertEquals(List.of("person:ahmed"), events.get(0).sourceIds());
        assertEquals(List.of("CAN"), events.get(0).targetIds());
        assertEquals("stance:implore/act-complement", events.get(0).rule());
        assertEquals(List.of("NOR"), events.get(1).targetIds());
        assertEquals("stance:verb:urge/first-person", events.get(1).rule());
        assertEquals(List.of("t:1", "t:2"), events.stream().map(Event::id).toList());
    }

    @Test
    void aVerbOfNamingWithAJudgementOutsideQuotesAccusesItsObject() {
        Document document = resolved("""
                1 Turkey Turkey NNP LOCATION 2 nsubj
                2 branded brand VBD O 0 root
                3 Ali Ali NNP PERSON 4 compound
                4 Reza Reza NNP PERSON 2 obj
                5 and and CC O 7 cc
                6 Ahmed Ahmed NNP PERSON 7 compound
                7 Khan Khan NNP PERSON 4 conj
                8 as as IN O 9 case
                9 terrorists terrorist NNS O 2 obl
                10 . . . O 2 punct
                """);
        Event e = only(code(document));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("TUR"), e.sourceIds());
        assertEquals(List.of("person:ali-reza", "person:ahmed-khan"), e.targetIds());
        assertEquals("stance:terrorist/called-about-object", e.rule());
    }

    @Test
    void aJudgementWordThatOnlyModifiesANounJudgesNoOne() {
        Document document = resolved("""
                1 Canada Canada NNP LOCATION 2 nsubj
                2 faces face VBZ O 6 ccomp
                3 terrorist terrorist NN O 4 compound
                4 threats threat NNS O 2 obj
                5 , , , O 6 punct
                6 said say VBD O 0 root
                7 Ahmed Ahmed NNP PERSON 6 nsubj
                """);
        assertEquals(List.of(), code(document, quote(document, 0, 3, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    @Test
    void aStanceAlreadyCodedFromTheVerbIsNotCodedTwice() {
        Document document = resolved("""
                1 Norway Norway NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 Canada Canada NNP LOCATION 2 obj
                4 , , , O 2 punct
                5 calling call VBG O 2 advcl
                6 Canada Canada NNP LOCATION 8 nmod:poss
                7 's 's POS O 6 case
                8 policy policy NN O 5 obj
                9 " " `` O 11 punct
                10 a a DT O 11 det
                11 disgrace disgrace NN O 5 xcomp
                12 " " '' O 11 punct
                """);
        Event e = only(code(document, quote(document, 9, 10, QuoteKind.PARTIAL, "NOR", "call")));
        assertEquals("verb:condemn/nsubj", e.rule());
        assertTrue(e.targetIds().contains("CAN"));
    }

    @Test
    void anAdjectiveOnAnActJudgesWhoseActItIsNotTheClauseSubject() {
        Document document = resolved("""
                1 Norway Norway NNP LOCATION 2 nsubj
                2 faces face VBZ O 8 ccomp
                3 Canada Canada NNP LOCATION 6 nmod:poss
                4 's 's POS O 3 case
                5 unlawful unlawful JJ O 6 amod
                6 blockade blockade NN O 2 obj
                7 , , , O 8 punct
                8 said say VBD O 0 root
                9 Ahmed Ahmed NNP PERSON 8 nsubj
                """);
        Event e = only(code(document, quote(document, 0, 5, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:unlawful/about-modified+owner", e.rule());
    }

    private static final String RIGHT_DECISION = """
            1 I I PRP O 4 nsubj
            2 do do VBP O 4 aux
            3 NEGATION NEGATION RB O 4 advmod
            4 think think VB O 0 root
            5 Canada Canada NNP LOCATION 6 nsubj
            6 made make VBD O 4 ccomp
            7 the the DT O 9 det
            8 right right JJ O 9 amod
            9 decision decision NN O 6 obj
            10 . . . O 4 punct

            1 Ahmed Ahmed NNP PERSON 2 nsubj
            2 said say VBD O 0 root
            """;

    @Test
    void praiseIsAboutTheSubjectUnlessTheSpeakerDeniesIt() {
        Document affirmed =
                resolved(RIGHT_DECISION.replace("3 NEGATION NEGATION RB O 4 advmod", "3 really really RB O 4 advmod"));
        Event e = only(code(affirmed, quote(affirmed, 0, 8, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:right decision/about-subject", e.rule());
        Document denied = resolved(RIGHT_DECISION.replace("NEGATION NEGATION", "not not"));
        assertEquals(List.of(), code(denied, quote(denied, 0, 8, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    @Test
    void gratitudeTheSpeakerFeelsSupportsWhomItIsOwed() {
        Document document = resolved("""
                1 We we PRP O 3 nsubj
                2 are be VBP O 3 cop
                3 grateful grateful JJ O 8 ccomp
                4 to to IN O 5 case
                5 Norway Norway NNP LOCATION 3 obl
                6 , , , O 8 punct
                7 Ahmed Ahmed NNP PERSON 8 nsubj
                8 said say VBD O 0 root
                """);
        Event e = only(code(document, quote(document, 0, 4, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("NOR"), e.targetIds());
        assertEquals("stance:grateful/act-complement", e.rule());
    }

    @Test
    void regressionACrimeAVerbUnderTheClauseVerbChargesAddsNoStanceAboutTheClauseSubject() {
        Document document = resolved("""
                1 Ahmed Ahmed NNP PERSON 2 compound
                2 Khan Khan NNP PERSON 3 nsubj
                3 said say VBD O 0 root
                4 Norway Norway NNP LOCATION 6 nsubj
                5 would would MD O 6 aux
                6 consider consider VB O 3 ccomp
                7 charging charge VBG O 6 xcomp
                8 Ali Ali NNP PERSON 9 compound
                9 Reza Reza NNP PERSON 7 obj
                10 with with IN O 11 case
                11 terrorism terrorism NN O 7 obl
                12 . . . O 3 punct
                """);
        Event e = only(code(document, quote(document, 3, 10, QuoteKind.INDIRECT, "person:ahmed-khan", "say")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("NOR"), e.sourceIds());
        assertEquals(List.of("person:ali-reza"), e.targetIds());
        assertTrue(e.rule().startsWith("verb:charge/"), e.rule());
    }

    @Test
    void aJudgingWordInAClauseThatAlreadyCodesAnEventAddsNoStance() {
        Document document = resolved("""
                1 Norway Norway NNP LOCATION 2 nsubj
                2 held hold VBD O 10 ccomp
                3 Ali Ali NNP PERSON 4 compound
                4 Reza Reza NNP PERSON 2 obj
                5 in in IN O 6 case
                6 contempt contempt NN O 2 obl
                7 , , , O 10 punct
                8 Ahmed Ahmed NNP PERSON 9 compound
                9 Khan Khan NNP PERSON 10 nsubj
                10 said say VBD O 0 root
                """);
        Event e = only(code(document, quote(document, 0, 5, QuoteKind.DIRECT, "person:ahmed-khan", "say")));
        assertEquals(List.of("NOR"), e.sourceIds());
        assertEquals("verb:hold in contempt/nsubj", e.rule());
    }

    @Test
    void aDemandTheSpeakerMakesIsAimedAtWhoeverTheDemandTellsToAct() {
        Document document = resolved("""
                1 We we PRP O 2 nsubj
                2 demand demand VBP O 0 root
                3 that that IN O 5 mark
                4 Canada Canada NNP LOCATION 5 nsubj
                5 reconsider reconsider VB O 2 ccomp
                6 . . . O 2 punct

                1 Ahmed Ahmed NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                """);
        Event e = only(code(document, quote(document, 0, 4, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:verb:demand/first-person", e.rule());
    }

    @Test
    void aWarningInTheFirstPersonThreatensWhomItWarns() {
        Document document = resolved("""
                1 " " `` O 3 punct
                2 We we PRP O 3 nsubj
                3 warn warn VBP O 9 ccomp
                4 Canada Canada NNP LOCATION 3 obj
                5 that that IN O 7 mark
                6 it it PRP O 7 nsubj
                7 pays pay VBZ O 3 ccomp
                8 " " '' O 3 punct
                9 said say VBD O 0 root
                10 Ahmed Ahmed NNP PERSON 9 nsubj
                11 . . . O 9 punct
                """);
        Event e = only(code(document, quote(document, 1, 6, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:verb:warn/first-person", e.rule());
    }

    private static final String NOT_TOLERATED = """
            1 " " `` O 7 punct
            2 Such such JJ O 3 amod
            3 blockades blockade NNS O 7 nsubj:pass
            4 will will MD O 7 aux
            5 NEGATION NEGATION RB O 7 advmod
            6 be be VB O 7 aux:pass
            7 tolerated tolerate VBN O 10 ccomp
            8 , , , O 7 punct
            9 " " '' O 7 punct
            10 said say VBD O 0 root
            11 Ahmed Ahmed NNP PERSON 10 nsubj
            12 . . . O 10 punct
            """;

    @Test
    void sayingSomethingWillNotBeToleratedThreatensWhoeverDoesIt() {
        Document document = resolved(NOT_TOLERATED.replace("NEGATION NEGATION", "not not"));
        Event e = only(code(document, quote(document, 1, 7, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of(), e.targetIds(), "the threat names nobody");
        assertEquals("stance:not-tolerate/intolerable-act", e.rule());
        Document tolerated =
                resolved(NOT_TOLERATED.replace("5 NEGATION NEGATION RB O 7 advmod\n", "5 , , , O 7 punct\n"));
        assertEquals(List.of(), code(tolerated, quote(tolerated, 1, 7, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    private static final String CLOSING_JUDGED = """
            1 Ahmed Ahmed NNP PERSON 2 nsubj
            2 said say VBD O 0 root
            3 , , , O 2 punct
            4 " " `` O 7 punct
            5 Canada Canada NNP LOCATION 7 nsubj
            6 is be VBZ O 7 aux
            7 closing close VBG O 2 ccomp
            8 the the DT O 9 det
            9 border border NN O 7 obj
            10 -- -- : O 7 punct
            11 this this DT O 15 nsubj
            12 is be VBZ O 15 cop
            13 an a DT O 15 det
            14 irresponsible irresponsible JJ O 15 amod
            15 way way NN O 7 parataxis
            16 to to TO O 17 mark
            17 act act VB O 15 acl
            18 . . . O 2 punct
            19 " " '' O 2 punct
            """;

    private static List<Event> closingJudged(String conll) {
        Document document = resolved(conll);
        return code(document, quote(document, 3, 16, QuoteKind.DIRECT, "person:ahmed", "say"));
    }

    @Test
    void aJudgedDemonstrativeJudgesWhoeverDidWhatTheClauseBeforeItSays() {
        Event e = only(closingJudged(CLOSING_JUDGED));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:irresponsible/about-demonstrative", e.rule());
    }

    @Test
    void aDemonstrativeJudgedNotSoByANeutralWordOrOfTheSpeakersOwnActCodesNothing() {
        assertEquals(
                List.of(), closingJudged(CLOSING_JUDGED.replace("13 an a DT O 15 det", "13 not not RB O 15 advmod")));
        assertEquals(List.of(), closingJudged(CLOSING_JUDGED.replace("irresponsible irresponsible", "new new")));
        assertEquals(List.of(), closingJudged(CLOSING_JUDGED.replace("5 Canada Canada NNP LOCATION", "5 we we PRP O")));
    }

    @Test
    void aJudgedNounSubjectIsJudgedItselfNotTheClauseBefore() {
        // "-- the policy is an irresponsible way to act": the policy's author is not named, so nobody is judged.
        assertEquals(List.of(), closingJudged(CLOSING_JUDGED.replace("11 this this DT", "11 policy policy NN")));
    }

    private static final String SIDING = """
            1 " " `` O 6 punct
            2 Today today NN O 6 obl:tmod
            3 we we PRP O 6 nsubj
            4 are be VBP O 6 cop
            5 with with IN O 6 case
            6 Canada Canada NNP LOCATION 9 ccomp
            7 , , , O 6 punct
            8 " " '' O 6 punct
            9 said say VBD O 0 root
            10 Ahmed Ahmed NNP PERSON 9 nsubj
            11 . . . O 9 punct
            """;

    private static List<Event> saidByAhmed(String conll, int lastQuoted) {
        Document document = resolved(conll);
        return code(document, quote(document, 1, lastQuoted, QuoteKind.DIRECT, "person:ahmed", "say"));
    }

    @Test
    void sayingTheSpeakerIsWithSomeoneSupportsThem() {
        Event e = only(saidByAhmed(SIDING, 5));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:solidarity", e.rule());
    }

    @Test
    void beingWithSomeoneOnceOrNotOrWithNoActorIsNoSolidarity() {
        assertEquals(List.of(), saidByAhmed(SIDING.replace("are be VBP", "were be VBD"), 5));
        assertEquals(
                List.of(), saidByAhmed(SIDING.replace("2 Today today NN O 6 obl:tmod", "2 not not RB O 6 advmod"), 5));
        assertEquals(
                List.of(), saidByAhmed(SIDING.replace("6 Canada Canada NNP LOCATION", "6 farmers farmer NNS O"), 5));
        assertEquals(List.of(), saidByAhmed(SIDING.replace("3 we we PRP", "3 they they PRP"), 5));
    }

    @Test
    void solidarityWithAPronounSupportsWhomTheArticleResolvesItTo() {
        String earlier = """
                1 Li Li NNP PERSON 2 compound
                2 Wei Wei NNP PERSON 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct

                """;
        Document document = resolved(earlier + SIDING.replace("6 Canada Canada NNP LOCATION", "6 him he PRP O"));
        List<Event> events = code(document, quote(document, 5, 9, QuoteKind.DIRECT, "person:ahmed", "say"));
        Event e = only(events.stream().filter(x -> x.type().equals("SUPPORT")).toList());
        assertEquals(List.of("person:li-wei"), e.targetIds());
    }

    private static final String TOLD_TO_ACT = """
            1 " " `` O 4 punct
            2 Canada Canada NNP LOCATION 4 nsubj
            3 should should MD O 4 aux
            4 reopen reopen VB O 9 ccomp
            5 the the DT O 6 det
            6 border border NN O 4 obj
            7 , , , O 4 punct
            8 " " '' O 4 punct
            9 said say VBD O 0 root
            10 Peruvian Peruvian JJ MISC 11 amod
            11 Ahmed Ahmed NNP PERSON 9 nsubj
            12 . . . O 9 punct
            """;

    @Test
    void whatAnotherShouldDoIsARequestOfThem() {
        Event e = only(saidByAhmed(TOLD_TO_ACT, 5));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:modal-request", e.rule());
        assertEquals(Modality.ASSERTED, e.modality(), "the request is made, whether or not Canada acts");
    }

    @Test
    void aNegatedOrPredictedOrOwnDutyOrAQuestionIsNoRequest() {
        assertEquals(List.of(), saidByAhmed(TOLD_TO_ACT.replace("5 the the DT O 6 det", "5 not not RB O 4 advmod"), 5));
        assertEquals(List.of(), saidByAhmed(TOLD_TO_ACT.replace("3 should should MD", "3 will will MD"), 5));
        assertEquals(List.of(), saidByAhmed("""
                1 " " `` O 5 punct
                2 Canada Canada NNP LOCATION 5 nsubj
                3 must must MD O 5 aux
                4 be be VB O 5 aux
                5 joking joke VBG O 8 ccomp
                6 , , , O 5 punct
                7 " " '' O 5 punct
                8 said say VBD O 0 root
                9 Ahmed Ahmed NNP PERSON 8 nsubj
                10 . . . O 8 punct
                """, 4));
        assertEquals(List.of(), saidByAhmed(TOLD_TO_ACT.replace("2 Canada Canada NNP LOCATION", "2 we we PRP O"), 5));
        assertEquals(List.of(), saidByAhmed(TOLD_TO_ACT.replace("7 , , , O 4 punct", "7 ? ? . O 4 punct"), 5));
        String byACanadian = TOLD_TO_ACT.replace("Peruvian Peruvian JJ", "Canadian Canadian JJ");
        assertEquals(List.of(), saidByAhmed(byACanadian, 5), "what one's own country should do states a policy");
        String byWhoeverFrom = TOLD_TO_ACT.replace("10 Peruvian Peruvian JJ MISC", "10 tall tall JJ O");
        assertEquals(List.of(), saidByAhmed(byWhoeverFrom, 5), "a country told by a speaker perhaps its own");
        assertEquals(
                List.of(),
                saidByAhmed(
                        TOLD_TO_ACT
                                .replace("6 border border NN O 4 obj", "6 farmers farmer NNS O 4 obj")
                                .replace("2 Canada Canada NNP LOCATION", "2 Prices price NNS O"),
                        5));
    }

    @Test
    void whatAnotherNeedsToDoIsARequestOfThem() {
        Event e = only(saidByAhmed("""
                1 " " `` O 3 punct
                2 Canada Canada NNP LOCATION 3 nsubj
                3 needs need VBZ O 10 ccomp
                4 to to TO O 5 mark
                5 keep keep VB O 3 xcomp
                6 its its PRP$ O 7 nmod:poss
                7 word word NN O 5 obj
                8 , , , O 3 punct
                9 " " '' O 3 punct
                10 said say VBD O 0 root
                11 Peruvian Peruvian JJ MISC 12 amod
                12 Ahmed Ahmed NNP PERSON 10 nsubj
                13 . . . O 10 punct
                """, 6));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("CAN"), e.targetIds());
    }

    private static final String HOPED = """
            1 " " `` O 3 punct
            2 I I PRP O 3 nsubj
            3 hope hope VBP O 12 ccomp
            4 that that IN O 7 mark
            5 Peru Peru NNP LOCATION 7 nsubj
            6 will will MD O 7 aux
            7 return return VB O 3 ccomp
            8 the the DT O 9 det
            9 money money NN O 7 obj
            10 , , , O 3 punct
            11 " " '' O 3 punct
            12 said say VBD O 0 root
            13 Canadian Canadian JJ MISC 14 amod
            14 Ahmed Ahmed NNP PERSON 12 nsubj
            15 . . . O 12 punct
            """;

    @Test
    void whatTheSpeakerHopesAnotherWillDoIsARequestOfThem() {
        Event e = only(saidByAhmed(HOPED, 8));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("PER"), e.targetIds());
        assertEquals("stance:hoped-act", e.rule());
    }

    @Test
    void anotherOnesHopeOrAHopeThatSomethingWillNotHappenIsNoRequest() {
        assertEquals(List.of(), saidByAhmed(HOPED.replace("2 I I PRP O", "2 Farmers farmer NNS O"), 8));
        assertEquals(List.of(), saidByAhmed(HOPED.replace("8 the the DT O 9 det", "8 not not RB O 7 advmod"), 8));
        assertEquals(List.of(), saidByAhmed(HOPED.replace("7 return return VB", "7 win win VB"), 8));
    }

    private static final String OWNED_CONDUCT = """
            1 " " `` O 11 punct
            2 The the DT O 3 det
            3 conduct conduct NN O 11 nsubj
            4 of of IN O 5 case
            5 Canada Canada NNP LOCATION 3 nmod
            6 in in IN O 7 mark
            7 closing close VBG O 3 acl
            8 the the DT O 9 det
            9 border border NN O 7 obj
            10 is be VBZ O 11 cop
            11 undemocratic undemocratic JJ O 14 ccomp
            12 , , , O 11 punct
            13 " " '' O 11 punct
            14 said say VBD O 0 root
            15 Ahmed Ahmed NNP PERSON 14 nsubj
            16 . . . O 14 punct
            """;

    @Test
    void judgedConductIsAJudgementOfWhoseConductItIs() {
        Event e = only(saidByAhmed(OWNED_CONDUCT, 10));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:undemocratic/about-subject+owner", e.rule());
    }

    @Test
    void conductOfNoActorOrOfTheSpeakersOwnSideJudgesNoOne() {
        assertEquals(
                List.of(),
                saidByAhmed(OWNED_CONDUCT.replace("5 Canada Canada NNP LOCATION", "5 officials official NNS O"), 10));
        assertEquals(
                List.of(), saidByAhmed(OWNED_CONDUCT.replace("5 Canada Canada NNP LOCATION", "5 us we PRP O"), 10));
        assertEquals(List.of(), saidByAhmed(OWNED_CONDUCT.replace("undemocratic undemocratic", "usual usual"), 10));
    }

    private static final String TOLD_THEN_JUDGED = """
            1 " " `` O 3 punct
            2 Canada Canada NNP LOCATION 3 nsubj
            3 closed close VBD O 0 root
            4 the the DT O 5 det
            5 border border NN O 3 obj
            6 . . . O 3 punct

            1 This this DT O 3 nsubj
            2 is be VBZ O 3 cop
            3 irresponsible irresponsible JJ O 7 ccomp
            4 , , , O 3 punct
            5 " " '' O 3 punct
            6 Ahmed Ahmed NNP PERSON 7 nsubj
            7 said say VBD O 0 root
            8 . . . O 7 punct
            """;

    @Test
    void aQuotedSentenceOpeningWithADemonstrativeJudgesWhatTheSentenceBeforeTold() {
        Event e = only(saidByAhmed(TOLD_THEN_JUDGED, 8));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("CAN"), e.targetIds());
        assertEquals("stance:irresponsible/about-demonstrative", e.rule());
    }

    @Test
    void aDemonstrativeAfterNarrationOutsideTheQuoteJudgesNoOne() {
        String narrated = TOLD_THEN_JUDGED
                .replace("1 \" \" `` O 3 punct", "1 Then then RB O 3 advmod")
                .replace("1 This this DT O 3 nsubj", "1 \" \" `` O 4 punct\n2 This this DT O 4 nsubj")
                .replace("2 is be VBZ O 3 cop", "3 is be VBZ O 4 cop")
                .replace("3 irresponsible irresponsible JJ O 7 ccomp", "4 irresponsible irresponsible JJ O 8 ccomp")
                .replace("4 , , , O 3 punct\n5 \" \" '' O 3 punct", "5 , , , O 4 punct\n6 \" \" '' O 4 punct")
                .replace(
                        "6 Ahmed Ahmed NNP PERSON 7 nsubj\n7 said say VBD O 0 root\n8 . . . O 7 punct",
                        "7 Ahmed Ahmed NNP PERSON 8 nsubj\n8 said say VBD O 0 root\n9 . . . O 8 punct");
        Document document = resolved(narrated);
        assertEquals(List.of(), code(document, quote(document, 7, 9, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    @Test
    void anAccusationOfPeopleTheSpeakerDoesNotNameCodesNothing() {
        // "Those who blame Canada are liars": whoever blames is nobody the article names.
        Document document = resolved("""
                1 " " `` O 7 punct
                2 Those those DT O 7 nsubj
                3 who who WP O 4 nsubj
                4 blame blame VBP O 2 acl:relcl
                5 Canada Canada NNP LOCATION 4 obj
                6 are be VBP O 7 cop
                7 liars liar NNS O 10 ccomp
                8 , , , O 7 punct
                9 " " '' O 7 punct
                10 said say VBD O 0 root
                11 Ahmed Ahmed NNP PERSON 10 nsubj
                12 . . . O 10 punct
                """);
        List<Event> stances = code(document, quote(document, 1, 6, QuoteKind.DIRECT, "person:ahmed", "say")).stream()
                .filter(e -> e.rule().startsWith("stance:"))
                .toList();
        assertEquals(List.of(), stances);
    }

    private static final String CANNOT_HIDE = """
            1 " " `` O 5 punct
            2 Omar Omar NNP PERSON 5 nsubj
            3 MODAL MODAL MD O 5 aux
            4 not not RB O 5 advmod
            5 hide hide VB O 11 ccomp
            6 OBJECT OBJECT NN O 5 obj
            7 from from IN O 9 case
            8 the the DT O 9 det
            9 police police NN O 5 obl
            10 , , , O 5 punct
            11 said say VBD O 0 root
            12 Ahmed Ahmed NNP PERSON 11 nsubj
            13 . . . O 11 punct
            """;

    private static List<Event> cannotHide(String conll) {
        Document document = resolved(conll);
        return code(document, quote(document, 1, 9, QuoteKind.DIRECT, "person:ahmed", "say"));
    }

    @Test
    void tellingSomeoneTheyCannotHideWarnsThem() {
        String noObject = CANNOT_HIDE.replace("6 OBJECT OBJECT NN O 5 obj", "6 away away RB O 5 advmod");
        Event e = only(cannotHide(noObject.replace("MODAL MODAL", "can can")));
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of("person:omar"), e.targetIds());
        assertEquals("stance:cannot-hide/cornered-subject", e.rule());
        assertEquals(
                "THREATEN",
                only(cannotHide(noObject.replace("MODAL MODAL", "will will"))).type());
    }

    @Test
    void aWarningThatSomeoneCannotHideOrThatActsWillNotBeToleratedIsAnAssertedThreat() {
        String noObject = CANNOT_HIDE.replace("6 OBJECT OBJECT NN O 5 obj", "6 away away RB O 5 advmod");
        assertEquals(
                Modality.ASSERTED,
                only(cannotHide(noObject.replace("MODAL MODAL", "can can"))).modality());
        assertEquals(
                Modality.ASSERTED,
                only(cannotHide(noObject.replace("MODAL MODAL", "will will"))).modality());
        Document document = resolved(NOT_TOLERATED.replace("NEGATION NEGATION", "not not"));
        Event e = only(code(document, quote(document, 1, 7, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals(Modality.ASSERTED, e.modality(), "the warning is made, its negation is what it warns");
    }

    @Test
    void notHidingInThePastOrHidingSomethingWarnsNobody() {
        String noObject = CANNOT_HIDE.replace("6 OBJECT OBJECT NN O 5 obj", "6 away away RB O 5 advmod");
        assertEquals(List.of(), cannotHide(noObject.replace("MODAL MODAL", "could could")), "the past");
        assertEquals(List.of(), cannotHide(CANNOT_HIDE.replace("MODAL MODAL", "can can")), "hides a thing");
    }

    private static final String NOT_DETERRED = """
            1 " " `` O 6 punct
            2 SUBJECT SUBJECT PRP O 6 nsubj:pass
            3 will will MD O 6 aux
            4 NEGATION NEGATION RB O 6 advmod
            5 be be VB O 6 aux:pass
            6 deterred deter VBN O 12 ccomp
            7 by by IN O 9 case
            8 these these DT O 9 det
            9 bombings bombing NNS O 6 obl:agent
            10 , , , O 6 punct
            11 " " '' O 6 punct
            12 said say VBD O 0 root
            13 Ahmed Ahmed NNP PERSON 12 nsubj
            14 . . . O 12 punct
            """;

    private static List<Event> notDeterred(String subject, String negation) {
        Document document = resolved(NOT_DETERRED
                .replace("SUBJECT SUBJECT", subject + " " + subject.toLowerCase(Locale.ROOT))
                .replace("NEGATION NEGATION", negation + " " + negation));
        return code(document, quote(document, 1, 9, QuoteKind.DIRECT, "person:ahmed", "say"));
    }

    @Test
    void vowingNotToBeDeterredWarnsWhoeverAttacks() {
        Event e = only(notDeterred("We", "not"));
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("person:ahmed"), e.sourceIds());
        assertEquals(List.of(), e.targetIds(), "the attackers are not named");
        assertEquals("stance:not-deterred/undeterred-speaker", e.rule());
        assertEquals(List.of(), notDeterred("They", "not"), "others' resolve warns nobody");
        assertEquals(List.of(), notDeterred("We", "also"), "being deterred is no warning");
    }

    private static final String PURSUE = """
            1 " " `` O 4 punct
            2 SUBJECT SUBJECT PRP O 4 nsubj
            3 will will MD O 4 aux
            4 pursue pursue VB O 8 ccomp
            5 Omar Omar NNP PERSON 4 obj
            6 , , , O 4 punct
            7 " " '' O 4 punct
            8 said say VBD O 0 root
            9 Ahmed Ahmed NNP PERSON 8 nsubj
            10 . . . O 8 punct
            """;

    @Test
    void vowingToPursueSomeoneWarnsThemButAnothersPursuitDoesNot() {
        Document ours = resolved(PURSUE.replace("SUBJECT SUBJECT", "We we"));
        Event e = only(code(ours, quote(ours, 1, 4, QuoteKind.DIRECT, "person:ahmed", "say")));
        assertEquals("THREATEN", e.type());
        assertEquals("warn", e.mode());
        assertEquals(List.of("person:omar"), e.targetIds());
        Document theirs = resolved(PURSUE.replace("SUBJECT SUBJECT", "They they"));
        assertEquals(List.of(), code(theirs, quote(theirs, 1, 4, QuoteKind.DIRECT, "person:ahmed", "say")));
    }

    private static final String ABUSED_POWER = """
            1 " " `` O 4 punct
            2 SUBJECT SUBJECT NNP PERSON 4 nsubj
            3 has have VBZ O 4 aux
            4 abused abuse VBN O 9 ccomp
            5 POSSESSIVE POSSESSIVE PRP$ O 6 nmod:poss
            6 power power NN O 4 obj
            7 , , , O 4 punct
            8 " " '' O 4 punct
            9 said say VBD O 0 root
            10 Ahmed Ahmed NNP PERSON 9 nsubj
            11 . . . O 10 punct
            """;

    private static List<Event> abusedPower(String subject, String possessive) {
        Document document = resolved(ABUSED_POWER
                .replace("SUBJECT SUBJECT NNP PERSON", subject)
                .replace("POSSESSIVE POSSESSIVE", possessive + " " + possessive));
        return code(document, quote(document, 1, 5, QuoteKind.DIRECT, "person:ahmed", "say"));
    }

    @Test
    void anIdiomWithAPossessiveMatchesWhicheverPossessiveItHas() {
        Event e = only(abusedPower("Omar Omar NNP PERSON", "his"));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:omar"), e.targetIds());
        assertEquals("stance:abuse one's power/about-subject", e.rule());
        assertEquals(
                "ACCUSE", only(abusedPower("Omar Omar NNP PERSON", "their")).type());
        assertEquals(List.of(), abusedPower("I I PRP O", "my"), "the speaker's own abuse names no other");
    }
}
