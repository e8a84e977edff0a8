package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Granularity;
import org.annals.core.Location;
import org.annals.core.Modality;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class EventStageTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static final String CHINA_CRITICIZED_BRITAIN = """
            1 China China NNP LOCATION 2 nsubj
            2 criticized criticize VBD O 0 root
            3 Britain Britain NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void subjectAndObjectOfAVerbAreSourceAndTargetDatedByPublication() {
        Event e = only(code(CHINA_CRITICIZED_BRITAIN));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("CHN"), e.sourceIds());
        assertEquals(List.of("GBR"), e.targetIds());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("2025-09-02", e.date());
        assertEquals(Granularity.DAY, e.dateGranularity());
        assertEquals("t:1", e.id());
        assertEquals("verb:criticize/nsubj", e.rule());
        assertEquals(-2.0, e.intensity());
    }

    @Test
    void regressionOngoingCooperationSinceThenIsNotDatedAtPublication() {
        Event e = only(code("""
                1 Since since IN O 2 case
                2 then then RB O 6 advcl
                3 , , , O 6 punct
                4 China China NNP LOCATION 6 nsubj
                5 has have VBZ O 6 aux
                6 criticized criticize VBN O 0 root
                7 Britain Britain NNP LOCATION 6 obj
                8 . . . O 6 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date(), "a span that began before the report has no single day");
    }

    @Test
    void regressionAnEventWithATimeWeCouldNotResolveIsNotDatedAtPublication() {
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 the the DT O 6 det
                5 following following JJ O 6 amod
                6 day day NN O 2 obl:tmod
                7 . . . O 2 punct
                #time 4-6 - UNRESOLVED UNKNOWN
                """));
        assertEquals("", e.date());
    }

    @Test
    void regressionAnActToldAsYearsAgoIsBackgroundNotThePublicationDay() {
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 years year NNS O 5 obl:npmod
                5 ago ago RB O 3 advmod
                6 . . . O 2 punct
                """));
        // The parser may hang "ago" on the object rather than on the verb; it still places the act back in time.
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals("", e.date(), "some unstated year before the report");
    }

    @Test
    void regressionAParseThatIsNotATreeIsCodedWithoutLoopingForever() {
        // "attack" and "Ghana" head each other: broken parser output must not overflow the stack.
        List<Event> events = code("""
                1 Togo Togo NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 attack attack NN O 5 nsubj
                4 on on IN O 5 case
                5 Ghana Ghana NNP LOCATION 3 nmod
                6 . . . O 3 punct
                """);
        assertTrue(events.size() <= 1, events.toString());
    }

    @Test
    void regressionAnActRecentlyDoneIsNotDatedAtPublication() {
        Event e = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 recently recently RB O 3 advmod
                3 criticized criticize VBD O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 . . . O 3 punct
                #time 2-2 PAST_REF UNRESOLVED PAST
                """));
        assertEquals("", e.date());
    }

    @Test
    void regressionAgoHungOnItsAmountMakesTheActBackgroundAndUndated() {
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 two two CD O 5 nummod
                5 years year NNS O 2 obl
                6 ago ago IN O 5 case
                """));
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals("", e.date());
    }

    @Test
    void regressionABareBeforeMakesTheActBackgroundAndUndated() {
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 before before RB O 2 advmod
                """));
        assertEquals("", e.date());
    }

    @Test
    void regressionAnActPlacedAfterAnotherIsNotDatedAtPublication() {
        List<Event> events = code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 after after IN O 6 mark
                5 Russia Russia NNP LOCATION 6 nsubj
                6 attacked attack VBD O 2 advcl
                7 Ukraine Ukraine NNP LOCATION 6 obj
                """);
        Event assault = events.stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .findFirst()
                .orElseThrow();
        Event criticism = events.stream()
                .filter(e -> e.type().equals("ACCUSE"))
                .findFirst()
                .orElseThrow();
        assertEquals("", assault.date());
        assertEquals("2025-09-02", criticism.date());
    }

    @Test
    void oneDayNamedTwiceInTheSentenceDatesTheEvent() {
        Event e = only(code("""
                1 Monday Monday NNP DATE 6 obl:tmod
                2 , , , O 6 punct
                3 the the DT O 5 det
                4 same same JJ O 5 amod
                5 day day NN O 1 appos
                6 China China NNP LOCATION 7 nsubj
                7 criticized criticize VBD O 0 root
                8 Britain Britain NNP LOCATION 7 obj
                #time 1-1 2025-09-01 DAY PAST
                #time 3-5 2025-09-01 DAY PAST
                """));
        assertEquals("2025-09-01", e.date());
    }

    @Test
    void regressionAnActAskedOfAnotherActorIsHypotheticalAndUndated() {
        List<Event> events = code("""
                1 Britain Britain NNP LOCATION 2 nsubj
                2 asked ask VBD O 0 root
                3 China China NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 sanction sanction VB O 2 xcomp
                6 Russia Russia NNP LOCATION 5 obj
                7 . . . O 2 punct
                """);
        Event sanction = events.stream()
                .filter(e -> e.type().equals("SANCTION"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(Modality.HYPOTHETICAL, sanction.modality());
        assertEquals("", sanction.date(), "asking for a sanction does not make it happen");
    }

    @Test
    void passiveAgentIsTheSourceAndPassiveSubjectTheTarget() {
        Event e = only(code("""
                1 Britain Britain NNP LOCATION 4 nsubj:pass
                2 was be VBD O 4 aux:pass
                3 sharply sharply RB O 4 advmod
                4 criticized criticize VBN O 0 root
                5 by by IN O 6 case
                6 China China NNP LOCATION 4 obl
                """));
        assertEquals(List.of("CHN"), e.sourceIds());
        assertEquals(List.of("GBR"), e.targetIds());
    }

    @Test
    void anAgentHungOnTheNounOfTheMeansIsThePassiveSource() {
        Event e = only(code("""
                1 Spain Spain NNP LOCATION 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 criticized criticize VBN O 0 root
                4 in in IN O 6 case
                5 a a DT O 6 det
                6 communique communique NN O 3 obl
                7 by by IN O 8 case
                8 France France NNP LOCATION 6 nmod
                9 . . . O 3 punct
                """));
        assertEquals(List.of("FRA"), e.sourceIds());
        assertEquals(List.of("ESP"), e.targetIds());
    }

    @Test
    void aPartOfCoordinatedWholesActsForEveryWhole() {
        Event e = only(code("""
                1 Representatives representative NNS O 6 nsubj
                2 of of IN O 3 case
                3 Chile Chile NNP LOCATION 1 nmod
                4 and and CC O 5 cc
                5 Peru Peru NNP LOCATION 3 conj
                6 criticized criticize VBD O 0 root
                7 Bolivia Bolivia NNP LOCATION 6 obj
                8 . . . O 6 punct
                """));
        assertEquals(List.of("CHL", "PER"), e.sourceIds());
        assertEquals(List.of("BOL"), e.targetIds());
    }

    @Test
    void xcompVerbInheritsItsControllersGroupSubject() {
        Event e = only(code("""
                1 Vladimir Vladimir NNP PERSON 2 compound
                2 Putin Putin NNP PERSON 3 nsubj
                3 called call VBD O 0 root
                4 Xi Xi NNP PERSON 5 compound
                5 Jinping Jinping NNP PERSON 3 obj

                1 On on IN O 2 case
                2 Monday Monday NNP O 6 obl
                3 , , , O 6 punct
                4 both both CC O 5 dep
                5 leaders leader NNS O 6 nsubj
                6 used use VBD O 0 root
                7 the the DT O 8 det
                8 forum forum NN O 6 obj
                9 to to TO O 10 mark
                10 criticize criticize VB O 6 xcomp
                11 the the DT O 12 det
                12 West West NNP LOCATION 10 obj
                #time 2-2 2025-09-01 DAY PAST
                """));
        assertEquals(List.of("person:xi-jinping", "person:vladimir-putin"), e.sourceIds());
        assertEquals(List.of("REG.WEST"), e.targetIds());
        assertEquals("2025-09-01", e.date());
        assertEquals("verb:criticize/xcomp-controller+group", e.rule());
    }

    @Test
    void symmetricVerbWithGroupSubjectMakesOneEventBothWaysWithPlace() {
        Event e = only(code("""
                1 Putin Putin NNP PERSON 2 nsubj
                2 called call VBD O 0 root
                3 Xi Xi NNP PERSON 2 obj

                1 The the DT O 2 det
                2 two two CD O 3 nsubj
                3 met meet VBD O 0 root
                4 in in IN O 5 case
                5 Beijing Beijing NNP LOCATION 3 obl
                """));
        assertEquals("CONSULT", e.type());
        assertEquals(List.of("person:xi", "person:putin"), e.sourceIds());
        assertEquals(e.sourceIds(), e.targetIds());
        assertEquals("Beijing", e.place());
        assertEquals("CHN", e.location().country());
        assertEquals("capital", e.location().kind());
        assertEquals(39.9, e.location().latitude(), 0.1);
        assertEquals(116.4, e.location().longitude(), 0.1);
        assertEquals(e.location().id(), e.placeId());
    }

    private static final String POLICE_ARRESTED_A_MAN_IN_HYDERABAD = """
            1 DEMONYM DEMONYM JJ MISC 2 amod
            2 police police NNS O 3 nsubj
            3 arrested arrest VBD O 0 root
            4 Ahmed Ahmed NNP PERSON 3 obj
            5 Khan Khan NNP PERSON 4 flat
            6 in in IN O 7 case
            7 Hyderabad Hyderabad NNP LOCATION 3 obl
            8 . . . O 3 punct
            """;

    @Test
    void aCityNameSharedByCountriesIsReadInTheCountryOfTheActors() {
        Event inPakistan = only(code(POLICE_ARRESTED_A_MAN_IN_HYDERABAD.replace("DEMONYM", "Pakistani")));
        Event inIndia = only(code(POLICE_ARRESTED_A_MAN_IN_HYDERABAD.replace("DEMONYM", "Indian")));
        assertEquals("PAK", inPakistan.location().country());
        assertEquals("IND", inIndia.location().country());
        assertEquals(List.of("legal"), inIndia.contexts());
    }

    @Test
    void hostingASummitNamedAfterABodyHostsThatBodyWhereTheTextSays() {
        Event e = only(code("""
                1 Poland Poland NNP LOCATION 2 nsubj
                2 hosted host VBD O 0 root
                3 the the DT O 5 det
                4 NATO NATO NNP ORGANIZATION 5 compound
                5 summit summit NN O 2 obj
                6 in in IN O 8 case
                7 the the DT O 8 det
                8 city city NN O 5 nmod
                9 of of IN O 10 case
                10 Warsaw Warsaw NNP LOCATION 8 nmod
                11 . . . O 2 punct
                """));
        assertEquals("CONSULT", e.type());
        assertEquals(List.of("POL"), e.sourceIds());
        assertEquals(List.of("IGO.NATO"), e.targetIds());
        assertEquals("verb:host/nsubj", e.rule());
        assertEquals("Warsaw", e.location().name());
        assertEquals("POL", e.location().country());
        assertEquals(List.of("diplomatic"), e.contexts());
    }

    @Test
    void aSummitWithoutANamedBodyIsNoTarget() {
        assertEquals(List.of(), code("""
                1 Poland Poland NNP LOCATION 2 nsubj
                2 hosted host VBD O 0 root
                3 the the DT O 5 det
                4 annual annual JJ O 5 amod
                5 summit summit NN O 2 obj
                6 . . . O 2 punct
                """));
    }

    @Test
    void aPlaceOutsideTheGazetteerKeepsItsNameWithoutALocation() {
        Event e = only(code(POLICE_ARRESTED_A_MAN_IN_HYDERABAD
                .replace("Hyderabad", "Xqzville")
                .replace("DEMONYM", "Indian")));
        assertEquals("Xqzville", e.place());
        assertEquals(Location.NONE, e.location());
    }

    @Test
    void anEventLinksTheQuoteThatHoldsItsTriggerOrThatItsSourceSpeaks() {
        Document parsed = ConllDocuments.parse("#id t\n#published 2025-09-02\n" + CHINA_CRITICIZED_BRITAIN + "\n"
                + CHINA_CRITICIZED_BRITAIN.replace("Britain", "France"));
        Document resolved = ACTORS.apply(parsed);
        Span firstSentence = resolved.sentences().get(0).span();
        Span trigger = resolved.tokens().get(1).span();
        Span spokenBySource = resolved.tokens().get(6).span();
        Quote aroundTrigger =
                new Quote(new Span(trigger.start(), firstSentence.end()), "", QuoteKind.SCARE, "", null, "", "");
        Quote bySource = new Quote(spokenBySource, "", QuoteKind.PARTIAL, "CHN", null, "say", "");
        List<Event> events = EVENTS.apply(resolved.withQuotes(List.of(aroundTrigger, bySource)))
                .events();
        assertEquals(aroundTrigger.span(), events.get(0).quote());
        assertEquals(bySource.span(), events.get(1).quote(), "the second sentence's quote, spoken by the source");

        Quote byOther = new Quote(spokenBySource, "", QuoteKind.PARTIAL, "GBR", null, "say", "");
        List<Event> unquoted =
                EVENTS.apply(resolved.withQuotes(List.of(byOther))).events();
        assertEquals(null, unquoted.get(0).quote(), "a quote in another sentence");
        assertEquals(null, unquoted.get(1).quote(), "a quote by someone else, not around the trigger");
    }

    @Test
    void negationAndNegativeGovernorsMakeNegatedEvents() {
        assertEquals(Modality.NEGATED, only(code("""
                1 China China NNP LOCATION 4 nsubj
                2 did do VBD O 4 aux
                3 not not RB O 4 advmod
                4 criticize criticize VB O 0 root
                5 Britain Britain NNP LOCATION 4 obj
                """)).modality());
        Event avoided = only(code("""
                1 Beijing Beijing NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 avoided avoid VBN O 0 root
                4 condemning condemn VBG O 3 xcomp
                5 Russia Russia NNP LOCATION 7 nmod:poss
                6 's 's POS O 5 case
                7 war war NN O 4 obj
                """));
        assertEquals(Modality.NEGATED, avoided.modality());
        assertEquals(List.of("CHN.GOV"), avoided.sourceIds());
        assertEquals(List.of("RUS"), avoided.targetIds());
    }

    @Test
    void futureAndConditionalMarkersSetModalityAndNeverThePublicationDate() {
        Event future = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 will will MD O 3 aux
                3 sanction sanction VB O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                """));
        assertEquals(Modality.FUTURE, future.modality());
        assertEquals("", future.date());
        Event conditional = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 could could MD O 3 aux
                3 sanction sanction VB O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                """));
        assertEquals(Modality.HYPOTHETICAL, conditional.modality());
    }

    @Test
    void anActSentToBeDoneOrDoneInOrderToIsIntendedAndFuture() {
        Event sent = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 sent send VBD O 0 root
                3 envoys envoy NNS O 2 obj
                4 to to TO O 5 mark
                5 criticize criticize VB O 2 advcl
                6 Britain Britain NNP LOCATION 5 obj
                """));
        assertEquals(Modality.FUTURE, sent.modality());
        Event inOrderTo = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 acted act VBD O 0 root
                3 in in IN O 6 mark
                4 order order NN O 3 fixed
                5 to to TO O 6 mark
                6 criticize criticize VB O 2 advcl
                7 Britain Britain NNP LOCATION 6 obj
                """));
        assertEquals(Modality.FUTURE, inOrderTo.modality());
    }

    @Test
    void anActOfThoseWhoGatheredToDoItStaysAsserted() {
        Event gathered = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 gathered gather VBD O 0 root
                3 to to TO O 4 mark
                4 criticize criticize VB O 2 advcl
                5 Britain Britain NNP LOCATION 4 obj
                """));
        assertEquals(Modality.ASSERTED, gathered.modality());
    }

    @Test
    void aVowedOrAttemptedActIsFutureOrHypothetical() {
        Event vowed = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 vowed vow VBD O 0 root
                3 to to TO O 4 mark
                4 sanction sanction VB O 2 xcomp
                5 Britain Britain NNP LOCATION 4 obj
                """));
        assertEquals(Modality.FUTURE, vowed.modality());
        Event attempted = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 attempted attempt VBD O 0 root
                3 to to TO O 4 mark
                4 sanction sanction VB O 2 xcomp
                5 Britain Britain NNP LOCATION 4 obj
                """));
        assertEquals(Modality.HYPOTHETICAL, attempted.modality());
    }

    @Test
    void anotherActorsActBesideAPlanIsNotWhatIsPlanned() {
        List<Event> events = code("""
                1 China China NNP LOCATION 2 nsubj
                2 planned plan VBD O 0 root
                3 talks talk NNS O 2 obj
                4 , , , O 7 punct
                5 while while IN O 7 mark
                6 Russia Russia NNP LOCATION 7 nsubj
                7 criticized criticize VBD O 2 advcl
                8 Britain Britain NNP LOCATION 7 obj
                """);
        Event criticized = events.stream()
                .filter(e -> e.type().equals("ACCUSE"))
                .findFirst()
                .orElseThrow();
        assertEquals(Modality.ASSERTED, criticized.modality());
    }

    @Test
    void wouldReportedAfterAPastSpeechVerbIsAnIntentUnlessConditioned() {
        String reported = """
                1 Russia Russia NNP LOCATION 2 nsubj
                2 said say VBD O 0 root
                3 it it PRP O 5 nsubj
                4 would would MD O 5 aux
                5 sanction sanction VB O 2 ccomp
                6 Britain Britain NNP LOCATION 5 obj
                """;
        assertEquals(Modality.FUTURE, only(code(reported)).modality());
        assertEquals(Modality.HYPOTHETICAL, only(code(reported + """
                7 if if IN O 9 mark
                8 it it PRP O 9 nsubj
                9 refused refuse VBD O 5 advcl
                """)).modality(), "a condition");
        assertEquals(Modality.HYPOTHETICAL, only(code("""
                1 Russia Russia NNP LOCATION 3 nsubj
                2 would would MD O 3 aux
                3 sanction sanction VB O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                """)).modality(), "not reported");
    }

    @Test
    void aConjunctWithItsOwnSubjectDoesNotShareTheOtherConjunctsModal() {
        List<Event> events = code("""
                1 Russia Russia NNP LOCATION 4 nsubj
                2 would would MD O 4 aux
                3 not not RB O 4 advmod
                4 sanction sanction VB O 0 root
                5 Britain Britain NNP LOCATION 4 obj
                6 , , , O 9 punct
                7 and and CC O 9 cc
                8 China China NNP LOCATION 9 nsubj
                9 criticized criticize VBD O 4 conj
                10 Britain Britain NNP LOCATION 9 obj
                """);
        assertEquals(2, events.size());
        assertEquals(Modality.NEGATED, events.get(0).modality());
        assertEquals(Modality.ASSERTED, events.get(1).modality(), "its own clause");
        Event shared = code("""
                1 China China NNP LOCATION 3 nsubj
                2 would would MD O 3 aux
                3 sanction sanction VB O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 and and CC O 6 cc
                6 criticize criticize VB O 3 conj
                7 Russia Russia NNP LOCATION 6 obj
                """).get(1);
        assertEquals(Modality.HYPOTHETICAL, shared.modality(), "one subject, one modal for both");
    }

    @Test
    void pastYearMakesAHistoricalEventDatedThatYear() {
        Event e = only(code("""
                1 Russia Russia NNP LOCATION 4 nsubj
                2 and and CC O 3 cc
                3 China China NNP LOCATION 1 conj
                4 declared declare VBD O 0 root
                5 a a DT O 6 det
                6 partnership partnership NN O 4 obj
                7 in in IN O 8 case
                8 2022 2022 CD O 4 obl
                #time 8-8 2022 YEAR PAST
                """));
        assertEquals("COOPERATE", e.type());
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals("2022", e.date());
        assertEquals(List.of("RUS", "CHN"), e.sourceIds());
        assertEquals(List.of("RUS", "CHN"), e.targetIds());
    }

    @Test
    void clauseIntroducedBySinceIsBackgroundAndUndated() {
        Event e = only(code("""
                1 80 80 CD O 2 nummod
                2 years year NNS O 0 root
                3 since since IN O 5 mark
                4 Japan Japan NNP LOCATION 5 nsubj
                5 surrendered surrender VBD O 2 acl
                """));
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals("", e.date());
    }

    @Test
    void aClauseAfterAnAmountOfTimeSinceTakesTheTimeCountedBack() {
        Event e = only(code("""
                1 Seventy seventy CD O 2 nummod
                2 years year NNS O 0 root
                3 since since IN O 5 mark
                4 Germany Germany NNP LOCATION 5 nsubj
                5 capitulated capitulate VBD O 2 acl
                #time 1-3 1955 YEAR PAST
                """));
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals("1955", e.date());
    }

    @Test
    void supportVerbNounEventTakesTargetAndQuantityAndMergesDuplicates() {
        String sentence = """
                1 Gazprom Gazprom NNP ORGANIZATION 2 nsubj
                2 reached reach VBD O 0 root
                3 a a DT O 4 det
                4 deal deal NN O 2 obj
                5 with with IN O 6 case
                6 Rosneft Rosneft NNP ORGANIZATION 4 nmod
                7 to to TO O 8 mark
                8 raise raise VB O 2 xcomp
                9 supplies supply NNS O 8 obj
                10 by by IN O 13 case
                11 about about RB O 12 advmod
                12 15 15 CD O 13 nummod
                13 % % NN O 8 obl
                #quantity 11-13 15 % approx

                """;
        Event e = only(code(sentence + sentence));
        assertEquals("AGREE", e.type());
        assertEquals(List.of("org:gazprom"), e.sourceIds());
        assertEquals(List.of("org:rosneft"), e.targetIds());
        assertEquals("noun:deal/support:reach/nsubj", e.rule());
        assertEquals(15.0, e.quantities().get(0).value());
    }

    @Test
    void dayOfThePreviousSentenceInTheParagraphDatesAPastTenseReport() {
        List<Event> events = code("""
                1 On on IN O 2 case
                2 Monday Monday NNP O 4 obl
                3 Putin Putin NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root

                1 Putin Putin NNP PERSON 2 nsubj
                2 blamed blame VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                #time 1-2 2025-09-01 DAY PAST
                """.replace("#time 1-2 2025-09-01 DAY PAST", "").replace(
                "4 spoke speak VBD O 0 root\n", "4 spoke speak VBD O 0 root\n#time 2-2 2025-09-01 DAY PAST\n"));
        assertEquals("2025-09-01", only(events).date());
    }

    @Test
    void nothingIsCodedOutsideArticleBlocks() {
        List<Event> events = code("#block APPEAL\n" + CHINA_CRITICIZED_BRITAIN);
        assertTrue(events.isEmpty(), events.toString());
        Document seed = EVENTS.apply(ACTORS.apply(ConllDocuments.resource("seed-excerpt.conll")));
        int appealStart = seed.blocks().stream()
                .filter(b -> !b.kind().isArticle())
                .findFirst()
                .orElseThrow()
                .span()
                .start();
        assertTrue(seed.events().stream().allMatch(e -> e.evidence().end() <= appealStart));
    }

    @Test
    void unknownEventTypeIsAConfigurationErrorNamingTheValidTypes() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> EventLexicon.standard().type("HUG"));
        assertTrue(error.getMessage().contains("HUG") && error.getMessage().contains("CONSULT"));
    }

    @Test
    void agentlessPassiveArrestCodesTheTargetWithUnknownSource() {
        Event e = only(code("""
                1 Alexei Alexei NNP PERSON 2 compound
                2 Navalny Navalny NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 arrested arrest VBN O 0 root
                5 . . . O 4 punct
                """));
        assertEquals("COERCE", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(List.of("person:alexei-navalny"), e.targetIds());
        assertEquals("verb:arrest/agentless", e.rule());
    }

    @Test
    void passiveKillingWithoutAgentIsNoEventBecauseAccidentsKillToo() {
        assertTrue(code("""
                1 Alexei Alexei NNP PERSON 2 compound
                2 Navalny Navalny NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 killed kill VBN O 0 root
                5 . . . O 4 punct
                """).isEmpty());
    }

    @Test
    void objectOfTheGoverningVerbControlsTheXcomp() {
        List<Event> events = code("""
                1 Britain Britain NNP LOCATION 2 nsubj
                2 urged urge VBD O 0 root
                3 Russia Russia NNP LOCATION 2 obj
                4 to to TO O 5 mark
                5 withdraw withdraw VB O 2 xcomp
                6 . . . O 2 punct
                """);
        Event request = events.stream()
                .filter(e -> e.type().equals("REQUEST"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("GBR"), request.sourceIds());
        assertEquals(List.of("RUS"), request.targetIds());
        Event retreat = events.stream()
                .filter(e -> e.type().equals("RETREAT"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("RUS"), retreat.sourceIds(), "Russia is urged to withdraw, Britain does not withdraw");
    }

    @Test
    void liftingSanctionsConcedesWhereImposingThemSanctions() {
        Event e = only(code("""
                1 Britain Britain NNP LOCATION 2 nsubj
                2 lifted lift VBD O 0 root
                3 sanctions sanction NNS O 2 obj
                4 on on IN O 5 case
                5 Russia Russia NNP LOCATION 3 nmod
                6 . . . O 2 punct
                """));
        assertEquals("CONCEDE", e.type());
        assertEquals(List.of("RUS"), e.targetIds());
        assertEquals("noun:sanction/support:lift/nsubj", e.rule());
    }

    @Test
    void transitiveOnlyVerbsNeedAnObject() {
        assertTrue(code("""
                1 Smith Smith NNP PERSON 2 nsubj
                2 hails hail VBZ O 0 root
                3 from from IN O 4 case
                4 Arizona Arizona NNP LOCATION 2 obl
                5 . . . O 2 punct
                """).isEmpty());
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 the the DT O 4 det
                4 attack attack NN O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of(), e.targetIds());
    }

    @Test
    void aNameInAppositionIdentifiesADescribedTarget() {
        Event e = only(code("""
                1 Elizabeth Elizabeth NNP PERSON 2 compound
                2 Warren Warren NNP PERSON 3 nsubj
                3 endorsed endorse VBD O 0 root
                4 her she PRP$ O 6 nmod:poss
                5 former former JJ O 6 amod
                6 rival rival NN O 3 obj
                7 , , , O 6 punct
                8 Joe Joe NNP PERSON 9 compound
                9 Biden Biden NNP PERSON 6 appos
                10 . . . O 3 punct
                """));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:joe-biden"), e.targetIds());
    }

    @Test
    void aParticipleModifyingANounIsPassive() {
        Event e = only(code("""
                1 Alexei Alexei NNP PERSON 2 compound
                2 Navalny Navalny NNP PERSON 7 nsubj
                3 , , , O 2 punct
                4 arrested arrest VBN O 2 acl
                5 by by IN O 6 case
                6 Russia Russia NNP LOCATION 4 obl
                7 spoke speak VBD O 0 root
                8 . . . O 7 punct
                """));
        assertEquals("COERCE", e.type());
        assertEquals("person:alexei-navalny", e.targetIds().get(0));
        assertEquals("verb:arrest/passive-agent", e.rule());
    }

    @Test
    void aNounMayHaveRowsToldApartBySupportVerbs() {
        EventLexicon lexicon = EventLexicon.standard();
        assertEquals("CONCEDE", lexicon.nouns("sanction").get(1).type());
        assertEquals(
                Set.of("SANCTION", "CONCEDE"),
                lexicon.nouns("sanction").stream().map(row -> row.type()).collect(Collectors.toSet()));
    }

    @Test
    void aRelativePronounStandsForTheNounItsClauseModifies() {
        assertTrue(code("""
                1 the the DT O 2 det
                2 court court NN O 0 root
                3 of of IN O 5 case
                4 the the DT O 5 det
                5 Britain Britain NNP LOCATION 2 nmod
                6 , , , O 2 punct
                7 which which WDT O 8 nsubj
                8 condemned condemn VBD O 2 acl:relcl
                9 Russia Russia NNP LOCATION 8 obj
                10 . . . O 2 punct
                """).isEmpty(), "the court, not Britain, condemned Russia");
    }

    @Test
    void anActorActingOnItselfIsAResolutionErrorButItsRelativesAreNot() {
        assertTrue(code("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 Russia Russia NNP LOCATION 2 obj
                4 . . . O 2 punct
                """).isEmpty());
        Event e = only(code("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 its its PRP$ O 5 nmod:poss
                4 own own JJ O 5 amod
                5 army army NN O 2 obj
                6 . . . O 2 punct
                """));
        assertEquals(List.of("group:army"), e.targetIds(), "a collective is an actor of its own");
    }

    @Test
    void regressionAPossessivePronounIsNoTargetButANamedPossessorIs() {
        assertTrue(code("""
                1 Donald Donald NNP PERSON 2 compound
                2 Trump Trump NNP PERSON 3 nsubj
                3 defended defend VBD O 0 root
                4 his he PRP$ O 6 nmod:poss
                5 pandemic pandemic NN O 6 compound
                6 policies policy NNS O 3 obj
                7 . . . O 3 punct
                """).isEmpty(), "his own policies name no counterpart");
        Event e = only(code("""
                1 Donald Donald NNP PERSON 2 compound
                2 Trump Trump NNP PERSON 3 nsubj
                3 defended defend VBD O 0 root
                4 Mexico Mexico NNP LOCATION 6 nmod:poss
                5 's 's POS O 4 case
                6 policies policy NNS O 3 obj
                7 . . . O 3 punct
                """));
        assertEquals(List.of("MEX"), e.targetIds());
    }

    @Test
    void oneHappeningToldTwiceWithADateAndWithoutIsOneEvent() {
        List<Event> events = code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Monday Monday NNP O 2 obl
                6 . . . O 2 punct
                #time 5-5 2025-09-01 DAY PAST

                1 China China NNP LOCATION 3 nsubj
                2 had have VBD O 3 aux
                3 criticized criticize VBN O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 . . . O 3 punct
                """);
        assertEquals(1, events.size(), events.toString());
        assertEquals("2025-09-01", events.get(0).date());
    }

    @Test
    void sameActorsOnDifferentDaysAreTwoEvents() {
        List<Event> events = code("""
                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Monday Monday NNP O 2 obl
                6 . . . O 2 punct
                #time 5-5 2025-09-01 DAY PAST

                1 China China NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 in in IN O 5 case
                5 June June NNP O 2 obl
                6 . . . O 2 punct
                #time 5-5 2025-06 MONTH PAST
                """);
        assertEquals(2, events.size(), events.toString());
    }

    private static final String ANNOUNCED_ARREST = """
            1 On on IN O 2 case
            2 Friday Friday NNP O 5 obl
            3 , , , O 5 punct
            4 Smith Smith NNP PERSON 5 nsubj
            5 announced announce VBD O 0 root
            6 police police NNS O 7 nsubj
            7 arrested arrest VBD O 5 ccomp
            8 Jones Jones NNP PERSON 7 obj
            9 . . . O 5 punct
            #time 2-2 2025-08-29 DAY PAST
            """;

    @Test
    void theDayOfTheReportDatesTheHappeningItAnnouncesWithoutADayOfItsOwn() {
        Event e = only(code(ANNOUNCED_ARREST));
        assertEquals(List.of("group:police"), e.sourceIds());
        assertEquals("2025-08-29", e.date(), "the news of the report's day");
    }

    @Test
    void aHappeningWithItsOwnYearKeepsItUnderADatedReport() {
        Event e = only(code(ANNOUNCED_ARREST
                .replace("9 . . . O 5 punct\n", "9 in in IN O 10 case\n10 2019 2019 CD O 7 obl\n11 . . . O 5 punct\n")
                .replace(
                        "#time 2-2 2025-08-29 DAY PAST\n",
                        "#time 2-2 2025-08-29 DAY PAST\n#time 10-10 2019 YEAR PAST\n")));
        assertEquals("2019", e.date());
        assertEquals(Modality.HISTORICAL, e.modality());
    }

    private static final String CRITICIZED_DURING_A_MEETING = """
            1 During during IN O 3 case
            2 a a DT O 3 det
            3 meeting meeting NN O 8 obl
            4 on on IN O 5 case
            5 Monday Monday NNP O 3 nmod
            6 , , , O 8 punct
            7 China China NNP LOCATION 8 nsubj
            8 criticized criticize VBD O 0 root
            9 Britain Britain NNP LOCATION 8 obj
            10 over over IN O 13 case
            11 a a DT O 13 det
            12 2019 2019 CD O 13 nummod
            13 law law NN O 8 obl
            14 . . . O 8 punct
            #time 5-5 2025-09-01 DAY PAST
            #time 12-12 2019 YEAR PAST
            """;

    @Test
    void theDayOfTheOccasionAnActHangsOnDatesTheAct() {
        Event e = only(code(CRITICIZED_DURING_A_MEETING));
        assertEquals("ACCUSE", e.type());
        assertEquals("2025-09-01", e.date(), "said in the meeting, so on the meeting's day");
    }

    @Test
    void aDayOnSomethingThatIsNoOccasionDoesNotDateTheAct() {
        Event e = only(code(CRITICIZED_DURING_A_MEETING.replace("3 meeting meeting NN", "3 crisis crisis NN")));
        assertEquals("", e.date(), "a crisis that began on Monday does not say when the criticism was made");
    }

    @Test
    void aReportedHappeningIsNotDatedAtPublication() {
        Event e = only(code("""
                1 Smith Smith NNP PERSON 2 nsubj
                2 said say VBD O 0 root
                3 police police NNS O 4 nsubj
                4 arrested arrest VBD O 2 ccomp
                5 Jones Jones NNP PERSON 4 obj
                6 . . . O 2 punct
                """));
        assertEquals(List.of("group:police"), e.sourceIds());
        assertEquals("", e.date(), "the report's day is not the arrest's");
    }

    @Test
    void anUndatedHappeningBesideAnEarlierYearIsNotDatedAtPublication() {
        Event e =
                only(code("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 China China NNP LOCATION 2 obj
                4 for for IN O 5 mark
                5 attacking attack VBG O 2 advcl
                6 Japan Japan NNP LOCATION 5 obj
                7 in in IN O 8 case
                8 2014 2014 CD O 6 nmod
                9 and and CC O 10 cc
                10 Korea Korea NNP LOCATION 6 conj
                11 in in IN O 12 case
                12 2015 2015 CD O 10 nmod
                13 . . . O 2 punct
                #time 8-8 2014 YEAR PAST
                #time 12-12 2015 YEAR PAST
                """).stream().filter(ev -> ev.type().equals("ACCUSE")).toList());
        assertEquals("", e.date());
    }

    private static final String CONVICTED_IN_2011_THEN_PRESIDENT = """
            1 Chirac Chirac NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 convicted convict VBN O 0 root
            4 in in IN O 5 case
            5 2011 2011 CD O 3 obl
            6 . . . O 3 punct
            #time 5-5 2011 YEAR PAST

            1 He he PRP O 3 nsubj
            2 was be VBD O 3 cop
            3 president president NN O 0 root
            4 . . . O 3 punct

            """;

    @Test
    void regressionAPastActTwoSentencesAfterAnEarlierYearOfTheParagraphIsBackground() {
        Event e = only(criticisms(code(CONVICTED_IN_2011_THEN_PRESIDENT + CHINA_CRITICIZED_BRITAIN)));
        assertEquals("", e.date(), "the paragraph still tells 2011, not the report's day");
    }

    @Test
    void aDayNamedAfterTheEarlierYearEndsTheBackground() {
        Event e = only(criticisms(code(CONVICTED_IN_2011_THEN_PRESIDENT + """
                1 Putin Putin NNP PERSON 2 nsubj
                2 spoke speak VBD O 0 root
                3 on on IN O 4 case
                4 Monday Monday NNP O 2 obl
                5 . . . O 2 punct
                #time 4-4 2025-09-01 DAY PAST

                1 He he PRP O 3 nsubj
                2 was be VBD O 3 cop
                3 angry angry JJ O 0 root
                4 . . . O 3 punct

                """ + CHINA_CRITICIZED_BRITAIN)));
        assertEquals("2025-09-01", e.date());
    }

    @Test
    void anEarlierYearOfAPreviousParagraphIsNotCarriedPastItsEnd() {
        Event e = only(criticisms(code(CONVICTED_IN_2011_THEN_PRESIDENT + "#block BODY\n" + CHINA_CRITICIZED_BRITAIN)));
        assertEquals("2025-09-02", e.date());
    }

    @Test
    void aPresentTenseActAfterAnEarlierYearOfTheParagraphIsNews() {
        Event e = only(criticisms(code(CONVICTED_IN_2011_THEN_PRESIDENT + """
                1 China China NNP LOCATION 2 nsubj
                2 criticizes criticize VBZ O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 . . . O 2 punct
                """)));
        assertEquals("2025-09-02", e.date());
    }

    private static List<Event> criticisms(List<Event> events) {
        return events.stream().filter(e -> e.mode().equals("criticize")).toList();
    }

    @Test
    void aStatementParticipleIsTheStatementAuthors() {
        Event e = only(code("""
                1 Pompeo Pompeo NNP PERSON 2 nsubj
                2 posted post VBD O 0 root
                3 a a DT O 4 det
                4 message message NN O 2 obj
                5 blaming blame VBG O 4 acl
                6 Iran Iran NNP LOCATION 5 obj
                7 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:pompeo"), e.sourceIds());
        assertEquals(List.of("IRN"), e.targetIds());
    }

    @Test
    void regressionAParticipleHungOnTheMediumOfAPostIsThePostersAct() {
        Event e = only(code("""
                1 Pompeo Pompeo NNP PERSON 2 nsubj
                2 posted post VBD O 0 root
                3 a a DT O 4 det
                4 message message NN O 2 obj
                5 on on IN O 6 case
                6 Twitter Twitter NNP O 4 nmod
                7 blaming blame VBG O 6 acl
                8 Iran Iran NNP LOCATION 7 obj
                9 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:pompeo"), e.sourceIds());
        assertEquals(List.of("IRN"), e.targetIds());
    }

    @Test
    void regressionAMediumTakenForTheSubjectOfAMarkedClauseIsNoSource() {
        // CoreNLP's parse of "Pompeo posted a message on Twitter blaming Iran": "on" marks a clause whose subject is
        // the medium.
        Event e = only(code("""
                1 Pompeo Pompeo NNP PERSON 2 nsubj
                2 posted post VBD O 0 root
                3 a a DT O 4 det
                4 message message NN O 2 obj
                5 on on IN O 7 mark
                6 Twitter Twitter NNP O 7 nsubj
                7 blaming blame VBG O 4 acl
                8 Iran Iran NNP LOCATION 7 obj
                9 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:pompeo"), e.sourceIds());
        assertEquals(List.of("IRN"), e.targetIds());
    }

    @Test
    void aMediumInAMarkedClauseOfTheVerbStillActs() {
        Event e = only(code("""
                1 Ruiz Ruiz NNP PERSON 2 nsubj
                2 commented comment VBD O 0 root
                3 on on IN O 5 mark
                4 Twitter Twitter NNP O 5 nsubj
                5 banning ban VBG O 2 advcl
                6 Iran Iran NNP LOCATION 5 obj
                7 . . . O 2 punct
                """));
        assertEquals(List.of("org:twitter"), e.sourceIds());
    }

    @Test
    void aMediumNamedAsTheSubjectStillActs() {
        Event e = only(code("""
                1 Facebook Facebook NNP ORGANIZATION 2 nsubj
                2 blamed blame VBD O 0 root
                3 Iran Iran NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertEquals(List.of("org:facebook"), e.sourceIds());
    }

    @Test
    void membersOfANamedBodyActAsTheBody() {
        Event e = only(code("""
                1 Members member NNS O 4 nsubj
                2 of of IN O 3 case
                3 Russia Russia NNP LOCATION 1 nmod
                4 condemned condemn VBD O 0 root
                5 Britain Britain NNP LOCATION 4 obj
                6 . . . O 4 punct
                """));
        assertEquals(List.of("RUS"), e.sourceIds());
    }

    @Test
    void aDescriptionGivenANameIsThatName() {
        Event e = only(code("""
                1 Fields Fields NNP PERSON 2 nsubj
                2 killed kill VBD O 0 root
                3 a a DT O 4 det
                4 woman woman NN O 2 obj
                5 named name VBN O 4 acl
                6 Heather Heather NNP PERSON 7 compound
                7 Heyer Heyer NNP PERSON 5 obj
                8 . . . O 2 punct
                """));
        assertEquals(List.of("person:heather-heyer"), e.targetIds());
    }

    @Test
    void aCallForSomeonesResignationIsARequestToThem() {
        Event e = only(code("""
                1 Protesters protester NNS O 2 nsubj
                2 called call VBD O 0 root
                3 for for IN O 6 case
                4 Lam Lam NNP PERSON 6 nmod:poss
                5 's 's POS O 4 case
                6 resignation resignation NN O 2 obl
                7 . . . O 2 punct
                """));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("group:protester"), e.sourceIds());
        assertEquals(List.of("person:lam"), e.targetIds());
    }

    @Test
    void anActAsSubjectCodesWithItsAgentUnnamedButANaturalCauseDoesNot() {
        Event e = only(code("""
                1 A a DT O 3 det
                2 car car NN O 3 compound
                3 bombing bombing NN O 4 nsubj
                4 killed kill VBD O 0 root
                5 Ziad Ziad NNP PERSON 6 compound
                6 Sharabi Sharabi NNP PERSON 4 obj
                7 . . . O 4 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(List.of("person:ziad-sharabi"), e.targetIds());
        assertTrue(code("""
                1 A a DT O 2 det
                2 landslide landslide NN O 3 nsubj
                3 killed kill VBD O 0 root
                4 Ziad Ziad NNP PERSON 5 compound
                5 Sharabi Sharabi NNP PERSON 3 obj
                6 . . . O 3 punct
                """).isEmpty());
    }

    @Test
    void aVerbWithItsParticleCodesWhatTheVerbAloneDoesNot() {
        Event e = only(code("""
                1 Senator senator NNP O 2 compound
                2 Okafor Okafor NNP PERSON 3 nsubj
                3 stepped step VBD O 0 root
                4 down down RP O 3 compound:prt
                5 . . . O 3 punct
                """));
        assertEquals("CONCEDE", e.type());
        assertEquals("resign", e.mode());
        assertEquals("verb:step down/nsubj", e.rule());
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 stepped step VBD O 0 root
                3 onto onto IN O 5 case
                4 the the DT O 5 det
                5 stage stage NN O 2 obl
                6 . . . O 2 punct
                """).isEmpty());
    }

    @Test
    void findingSomeoneGuiltyIsAConvictionAlsoWithoutAnAgent() {
        Event active = only(code("""
                1 A a DT O 2 det
                2 jury jury NN O 3 nsubj
                3 found find VBD O 0 root
                4 Okafor Okafor NNP PERSON 3 obj
                5 guilty guilty JJ O 3 xcomp
                6 of of IN O 7 case
                7 fraud fraud NN O 5 obl
                """));
        assertEquals("ACCUSE", active.type());
        assertEquals(List.of("group:jury"), active.sourceIds());
        assertEquals(List.of("person:okafor"), active.targetIds());
        Event passive = only(code("""
                1 Okafor Okafor NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 found find VBN O 0 root
                4 guilty guilty JJ O 3 xcomp
                """));
        assertEquals("convict", passive.mode());
        assertEquals(List.of(), passive.sourceIds());
        assertEquals(List.of("person:okafor"), passive.targetIds());
    }

    @Test
    void takingSomeoneIntoCustodyIsADetention() {
        Event e = only(code("""
                1 Officers officer NNS O 2 nsubj
                2 took take VBD O 0 root
                3 Okafor Okafor NNP PERSON 2 obj
                4 into into IN O 5 case
                5 custody custody NN O 2 obl
                """));
        assertEquals("COERCE", e.type());
        assertEquals("arrest", e.mode());
        assertEquals(List.of("group:officer"), e.sourceIds());
    }

    @Test
    void theObjectOfACourtActDidWhatTheGerundAfterForSays() {
        List<Event> events = code("""
                1 The the DT O 2 det
                2 court court NN O 3 nsubj
                3 jailed jail VBD O 0 root
                4 Okafor Okafor NNP PERSON 3 obj
                5 for for IN O 6 mark
                6 stabbing stab VBG O 3 advcl
                7 Lindqvist Lindqvist NNP PERSON 6 obj
                8 . . . O 3 punct
                """);
        Event stabbing = events.stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("person:okafor"), stabbing.sourceIds(), "the court jailed the one who stabbed");
        assertEquals(List.of("person:lindqvist"), stabbing.targetIds());
        assertEquals("verb:stab/gerund-object-controller", stabbing.rule());
    }

    @Test
    void aPassiveAccusationWithoutAccuserNamesTheAccused() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 accused accuse VBN O 0 root
                4 of of IN O 5 case
                5 bribery bribery NN O 3 obl
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void regressionAnAgentlessSuspicionDescribesSomeoneAndAccusesNobody() {
        // "A man suspected of supplying the gun", "suspected of dying from the virus": no suspecter, no accusation.
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 suspected suspect VBN O 0 root
                4 of of IN O 5 case
                5 bribery bribery NN O 3 obl
                6 . . . O 3 punct
                """).isEmpty());
        Event e = only(code("""
                1 Police police NNS O 2 nsubj
                2 suspect suspect VBP O 0 root
                3 Okafor Okafor NNP PERSON 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void numberedSuspectsAreAGroupThatCanBeArrested() {
        Event e = only(code("""
                1 Police police NNS O 2 nsubj
                2 detained detain VBD O 0 root
                3 three three CD O 4 nummod
                4 suspects suspect NNS O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals(List.of("group:police"), e.sourceIds());
        assertEquals(List.of("group:suspect"), e.targetIds());
    }

    @Test
    void withdrawingSomethingIsNoRetreatButWithdrawingFromAPlaceIs() {
        assertTrue(code("""
                1 The the DT O 2 det
                2 army army NN O 3 nsubj
                3 withdrew withdraw VBD O 0 root
                4 its its PRP$ O 5 nmod:poss
                5 offer offer NN O 3 obj
                6 . . . O 3 punct
                """).isEmpty());
        Event e = only(code("""
                1 The the DT O 2 det
                2 army army NN O 3 nsubj
                3 withdrew withdraw VBD O 0 root
                4 from from IN O 5 case
                5 Kherson Kherson NNP LOCATION 3 obl
                6 . . . O 3 punct
                """));
        assertEquals("RETREAT", e.type());
    }

    @Test
    void namesInAppositionSayWhoADescribedGroupIs() {
        Event e = only(code("""
                1 The the DT O 2 det
                2 Senate Senate NNP ORGANIZATION 3 nsubj
                3 censured censure VBD O 0 root
                4 two two CD O 5 nummod
                5 officers officer NNS O 3 obj
                6 , , , O 5 punct
                7 Ana Ana NNP PERSON 8 compound
                8 Ruiz Ruiz NNP PERSON 5 appos
                9 and and CC O 11 cc
                10 Li Li NNP PERSON 11 compound
                11 Wei Wei NNP PERSON 8 conj
                """));
        // Both people named are the officers (ApposedNamesTest), not the first alone.
        assertEquals(List.of("person:ana-ruiz", "person:li-wei"), e.targetIds());
    }

    @Test
    void anExampleAfterSuchAsIsTheActor() {
        Event e = only(code("""
                1 Washington Washington NNP LOCATION 2 nsubj
                2 urged urge VBD O 0 root
                3 allies ally NNS O 2 obj
                4 such such JJ O 6 case
                5 as as IN O 4 fixed
                6 Norway Norway NNP LOCATION 3 nmod
                7 to to TO O 8 mark
                8 act act VB O 2 xcomp
                """));
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("NOR"), e.targetIds());
    }

    @Test
    void aNamedModifierOfTheTargetNounIsTheTarget() {
        Event e = only(code("""
                1 Oslo Oslo NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 the the DT O 5 det
                4 Hamas Hamas NNP ORGANIZATION 5 compound
                5 raid raid NN O 2 obj
                """));
        assertEquals(List.of("org:hamas"), e.targetIds());
        assertEquals("verb:condemn/nsubj", e.rule());
    }

    @Test
    void theNavyOfACountryActsForTheCountry() {
        Event e = only(code("""
                1 Norway Norway NNP LOCATION 2 nsubj
                2 praised praise VBD O 0 root
                3 the the DT O 4 det
                4 navy navy NN O 2 obj
                5 of of IN O 6 case
                6 Chile Chile NNP LOCATION 4 nmod
                """));
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void anActorAfterOfOwnsATargetNounLikeAPossessor() {
        Event e = only(code("""
                1 Norway Norway NNP LOCATION 2 nsubj
                2 praised praise VBD O 0 root
                3 the the DT O 4 det
                4 courage courage NN O 2 obj
                5 of of IN O 6 case
                6 Okafor Okafor NNP PERSON 4 nmod
                """));
        assertEquals(List.of("person:okafor"), e.targetIds());
        assertEquals("verb:praise/nsubj", e.rule());
    }

    @Test
    void anAllegationTargetsWhomTheReportedClauseIsAbout() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 alleged allege VBD O 0 root
                3 Gazprom Gazprom NNP ORGANIZATION 5 nsubj
                4 had have VBD O 5 aux
                5 lied lie VBN O 2 ccomp
                6 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("org:gazprom"), e.targetIds());
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 alleged allege VBD O 0 root
                3 prices price NNS O 5 nsubj
                4 had have VBD O 5 aux
                5 risen rise VBN O 2 ccomp
                """).isEmpty());
    }

    @Test
    void complyingWithSomeonesRequestAgreesWithThemWhoHadAsked() {
        List<Event> events = code("""
                1 Norway Norway NNP LOCATION 2 nsubj
                2 complied comply VBD O 0 root
                3 with with IN O 5 case
                4 the the DT O 5 det
                5 request request NN O 2 obl
                6 of of IN O 7 case
                7 Chile Chile NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """);
        assertEquals(2, events.size(), events.toString());
        Event agreement = events.get(0);
        assertEquals("AGREE", agreement.type());
        assertEquals(List.of("NOR"), agreement.sourceIds());
        assertEquals(List.of("CHL"), agreement.targetIds());
        Event request = events.get(1);
        assertEquals("REQUEST", request.type());
        assertEquals(List.of("CHL"), request.sourceIds());
        assertEquals(List.of("NOR"), request.targetIds());
        assertEquals("", request.date(), "the request was made before it was answered");
    }

    @Test
    void aRequestOwnedByNobodyNamedIsNoRequestEvent() {
        List<Event> events = code("""
                1 Hungary Hungary NNP LOCATION 2 nsubj
                2 refused refuse VBD O 0 root
                3 the the DT O 4 det
                4 request request NN O 2 obj
                5 . . . O 2 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.type().equals("REQUEST")), events.toString());
        Event answered = code("""
                1 Hungary Hungary NNP LOCATION 2 nsubj
                2 refused refuse VBD O 0 root
                3 Kenya Kenya NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 request request NN O 2 obj
                6 . . . O 2 punct
                """).stream()
                .filter(e -> e.type().equals("REQUEST"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("KEN"), answered.sourceIds());
        assertEquals(List.of("HUN"), answered.targetIds());
    }

    @Test
    void withdrawingFromATreatyRejectsTheOtherPartyNamedOnTheTreaty() {
        Event e = only(code("""
                1 Brazil Brazil NNP LOCATION 2 nsubj
                2 withdrew withdraw VBD O 0 root
                3 from from IN O 5 case
                4 the the DT O 5 det
                5 treaty treaty NN O 2 obl
                6 with with IN O 7 case
                7 Peru Peru NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """));
        assertEquals("REJECT", e.type());
        assertEquals(List.of("BRA"), e.sourceIds());
        assertEquals(List.of("PER"), e.targetIds());
        assertEquals("verb:withdraw from treaty/nsubj", e.rule());
        assertTrue(
                code("""
                1 Brazil Brazil NNP LOCATION 2 nsubj
                2 withdrew withdraw VBD O 0 root
                3 from from IN O 5 case
                4 the the DT O 5 det
                5 talks talk NNS O 2 obl
                6 . . . O 2 punct
                """).stream().noneMatch(x -> x.type().equals("REJECT")),
                "leaving talks is no rejection of a party");
    }

    @Test
    void aSupportVerbWithItsPrepositionCodesTheNounAfterIt() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 entered enter VBD O 0 root
                3 into into IN O 5 case
                4 an a DT O 5 det
                5 agreement agreement NN O 2 obl
                6 with with IN O 7 case
                7 Uganda Uganda NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """));
        assertEquals("AGREE", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("UGA"), e.targetIds());
        assertEquals("noun:agreement/support:enter into/nsubj", e.rule());
        assertTrue(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 entered enter VBD O 0 root
                3 the the DT O 4 det
                4 agreement agreement NN O 2 obj
                5 with with IN O 6 case
                6 Uganda Uganda NNP LOCATION 4 nmod
                """).isEmpty(), "entering without the preposition is not a support of the noun");
    }

    @Test
    void aNounConjoinedToASupportedObjectIsSupportedToo() {
        Event e = only(code("""
                1 Belarus Belarus NNP LOCATION 2 nsubj
                2 used use VBD O 0 root
                3 batons baton NNS O 2 obj
                4 and and CC O 6 cc
                5 tear tear JJ O 6 amod
                6 gas gas NN O 3 conj
                7 against against IN O 8 case
                8 Lithuania Lithuania NNP LOCATION 2 obl
                9 . . . O 2 punct
                """));
        assertEquals("COERCE", e.type());
        assertEquals(List.of("BLR"), e.sourceIds());
        assertEquals(List.of("LTU"), e.targetIds());
        assertEquals("noun:gas/support:use/nsubj", e.rule());
    }

    @Test
    void theSubjectOfAClauseMarkedByTheTargetsPrepositionIsTheTarget() {
        Event e = only(code("""
                1 Congress Congress NNP ORGANIZATION 2 nsubj
                2 voted vote VBD O 0 root
                3 for for IN O 6 mark
                4 Okafor Okafor NNP PERSON 6 nsubj
                5 to to TO O 6 mark
                6 chair chair VB O 2 advcl
                7 the the DT O 8 det
                8 committee committee NN O 6 obj
                9 . . . O 2 punct
                """));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void aNationalityAdjectiveOnTheTargetNounNamesTheCountry() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 blamed blame VBD O 0 root
                3 Peruvian Peruvian JJ MISC 4 amod
                4 interference interference NN O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals(List.of("PER"), e.targetIds());
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 blamed blame VBD O 0 root
                3 foreign foreign JJ O 4 amod
                4 interference interference NN O 2 obj
                5 . . . O 2 punct
                """).isEmpty());
    }

    @Test
    void aNameTheTaggerTookForACommonNounStillOwnsTheTargetNoun() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 demanded demand VBD O 0 root
                3 G20 g20 NN ORGANIZATION 4 compound
                4 help help NN O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals(List.of("IGO.G20"), e.targetIds());
    }

    @Test
    void theTwoPersonsJustNamedAreTheTwoParents() {
        Event e = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 6 nsubj
                3 and and CC O 5 cc
                4 Li Li NNP PERSON 5 compound
                5 Wei Wei NNP PERSON 2 conj
                6 fled flee VBD O 0 root
                7 . . . O 6 punct

                1 The the DT O 3 det
                2 two two CD O 3 nummod
                3 parents parent NNS O 5 nsubj:pass
                4 were be VBD O 5 aux:pass
                5 arrested arrest VBN O 0 root
                6 . . . O 5 punct
                """));
        assertEquals("COERCE", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(
                List.of("person:ana-ruiz", "person:li-wei"),
                e.targetIds().stream().sorted().toList());
    }

    @Test
    void aClashIsAnAssaultAmongItsParticipants() {
        Event e = only(code("""
                1 Rioters rioter NNS O 2 nsubj
                2 clashed clash VBD O 0 root
                3 with with IN O 4 case
                4 police police NNS O 2 obl
                5 . . . O 2 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("group:police"), e.targetIds());
    }

    @Test
    void missilesFiredAtACountryAttackIt() {
        Event e = only(code("""
                1 Armenia Armenia NNP LOCATION 2 nsubj
                2 fired fire VBD O 0 root
                3 missiles missile NNS O 2 obj
                4 at at IN O 5 case
                5 Azerbaijan Azerbaijan NNP LOCATION 2 obl
                6 . . . O 2 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("ARM"), e.sourceIds());
        assertEquals(List.of("AZE"), e.targetIds());
        assertTrue(code("""
                1 Armenia Armenia NNP LOCATION 2 nsubj
                2 fired fire VBD O 0 root
                3 missiles missile NNS O 2 obj
                4 into into IN O 5 case
                5 the the DT O 6 det
                6 sea sea NN O 2 obl
                """).isEmpty(), "a launch at no actor is no attack");
    }

    @Test
    void blockingSomeonesBidRejectsThem() {
        Event e = only(code("""
                1 Hungary Hungary NNP LOCATION 2 nsubj
                2 blocked block VBD O 0 root
                3 Ukraine Ukraine NNP LOCATION 5 nmod:poss
                4 's 's POS O 3 case
                5 bid bid NN O 2 obj
                6 . . . O 2 punct
                """));
        assertEquals("REJECT", e.type());
        assertEquals(List.of("UKR"), e.targetIds());
    }

    @Test
    void orderingSomeonesReleaseConcedes() {
        Event e = only(code("""
                1 The the DT O 2 det
                2 judge judge NN O 3 nsubj
                3 ordered order VBD O 0 root
                4 the the DT O 5 det
                5 release release NN O 3 obj
                6 of of IN O 7 case
                7 Okafor Okafor NNP PERSON 5 nmod
                8 . . . O 3 punct
                """));
        assertEquals("CONCEDE", e.type());
        assertEquals(List.of("group:judge"), e.sourceIds(), "a judge unnamed is a group actor like the court");
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void aParticipleSetOffAfterAnObjectIsDoneByTheSubject() {
        Event acl = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 addressed address VBD O 0 root
                3 protesters protester NNS O 2 obj
                4 , , , O 3 punct
                5 criticizing criticize VBG O 3 acl
                6 Chile Chile NNP LOCATION 5 obj
                7 . . . O 2 punct
                """));
        assertEquals(List.of("person:okafor"), acl.sourceIds());
        assertEquals(List.of("CHL"), acl.targetIds());
        Event xcomp = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 addressed address VBD O 0 root
                3 protesters protester NNS O 2 obj
                4 , , , O 5 punct
                5 criticizing criticize VBG O 2 xcomp
                6 Chile Chile NNP LOCATION 5 obj
                7 . . . O 2 punct
                """));
        assertEquals(List.of("person:okafor"), xcomp.sourceIds());
    }

    @Test
    void appealingACourtsRulingRejectsTheCourtWhileAnAppealToSomeoneRequests() {
        Event rejection = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 appealed appeal VBD O 0 root
                3 the the DT O 6 det
                4 Supreme Supreme NNP ORGANIZATION 5 compound
                5 Court Court NNP ORGANIZATION 7 nmod:poss
                6 's 's POS O 5 case
                7 ruling ruling NN O 2 obj
                8 . . . O 2 punct
                """));
        assertEquals("REJECT", rejection.type());
        assertEquals("verb:appeal ruling/nsubj", rejection.rule());
        assertEquals(List.of("org:supreme-court"), rejection.targetIds());
        Event request = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 appealed appeal VBD O 0 root
                3 to to IN O 4 case
                4 Chile Chile NNP LOCATION 2 obl
                5 for for IN O 6 case
                6 help help NN O 2 obl
                7 . . . O 2 punct
                """));
        assertEquals("REQUEST", request.type());
    }

    @Test
    void recallingAnAmbassadorFromACountryCutsTies() {
        Event e = only(code("""
                1 Chile Chile NNP LOCATION 2 nsubj
                2 recalled recall VBD O 0 root
                3 its its PRP$ O 4 nmod:poss
                4 ambassador ambassador NN O 2 obj
                5 from from IN O 6 case
                6 Norway Norway NNP LOCATION 2 obl
                7 . . . O 2 punct
                """));
        assertEquals("SANCTION", e.type());
        assertEquals(List.of("NOR"), e.targetIds());
    }

    @Test
    void anOustedLeaderIsCoercedAlsoWithoutANamedAgent() {
        Event e = only(code("""
                1 President President NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 5 nsubj:pass
                4 was be VBD O 5 aux:pass
                5 ousted oust VBN O 0 root
                6 . . . O 5 punct
                """));
        assertEquals("COERCE", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(List.of("person:ana-ruiz"), e.targetIds());
    }

    @Test
    void aCounterpartOfAnotherCountryIsThatCountrysSideWhenNoPersonIsNamed() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 4 nmod:poss
                2 's 's POS O 1 case
                3 trade trade NN O 4 compound
                4 minister minister NN O 5 nsubj
                5 met meet VBD O 0 root
                6 her her PRP$ O 8 nmod:poss
                7 Ugandan Ugandan JJ MISC 8 amod
                8 counterpart counterpart NN O 5 obj
                9 . . . O 5 punct
                """));
        assertEquals("CONSULT", e.type());
        assertEquals(List.of("KEN.GOV"), e.sourceIds());
        assertEquals(List.of("UGA.GOV"), e.targetIds());
    }

    @Test
    void aProtestLodgedWithAGovernmentTargetsIt() {
        Event e = only(code("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 protested protest VBD O 0 root
                3 to to IN O 4 case
                4 China China NNP LOCATION 2 obl
                5 . . . O 2 punct
                """));
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("CHN"), e.targetIds());
    }

    @Test
    void goingOnStrikeIsAProtest() {
        Event e = only(code("""
                1 Teamsters Teamsters NNP ORGANIZATION 2 nsubj
                2 went go VBD O 0 root
                3 on on IN O 4 case
                4 strike strike NN O 2 obl
                5 against against IN O 6 case
                6 Amazon Amazon NNP ORGANIZATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("org:amazon"), e.targetIds());
    }

    @Test
    void aNationalityAdjectiveOwnsABareEventNounButACompoundNameDoesNot() {
        Event e = only(code("""
                1 The the DT O 3 det
                2 Peruvian Peruvian JJ MISC 3 amod
                3 invasion invasion NN O 6 nsubj
                4 of of IN O 5 case
                5 Chile Chile NNP LOCATION 3 nmod
                6 ended end VBD O 0 root
                7 . . . O 6 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("PER"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertTrue(code("""
                1 The the DT O 3 det
                2 Chile Chile NNP LOCATION 3 compound
                3 invasion invasion NN O 4 nsubj
                4 ended end VBD O 0 root
                5 . . . O 4 punct
                """).isEmpty(), "the country compounded with an invasion is as often its victim");
    }

    @Test
    void anIntergovernmentalBodyMeetingAloneIsItsMembersConsulting() {
        Event e = only(code("""
                1 NATO NATO NNP ORGANIZATION 2 nsubj
                2 met meet VBD O 0 root
                3 on on IN O 4 case
                4 Monday Monday NNP O 2 obl
                5 . . . O 2 punct
                """));
        assertEquals("CONSULT", e.type());
        assertEquals(List.of("IGO.NATO"), e.sourceIds());
        assertEquals(List.of("IGO.NATO"), e.targetIds());
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 on on IN O 4 case
                4 Monday Monday NNP O 2 obl
                5 . . . O 2 punct
                """).isEmpty(), "a person meeting nobody named is no event");
    }

    @Test
    void someoneCriticizedByNobodyNamedIsStillTheTargetOfAnAccusation() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 4 nsubj:pass
                2 was be VBD O 4 aux:pass
                3 widely widely RB O 4 advmod
                4 condemned condemn VBN O 0 root
                5 . . . O 4 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void anUndatedActToldInARelativeClauseIsBackgroundNotThePublicationDay() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 6 nsubj
                2 , , , O 1 punct
                3 who who WP O 4 nsubj
                4 condemned condemn VBD O 1 acl:relcl
                5 Chile Chile NNP LOCATION 4 obj
                6 resigned resign VBD O 0 root
                7 . . . O 6 punct
                """).stream().filter(x -> x.type().equals("ACCUSE")).toList());
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals("", e.date());
    }

    @Test
    void aPassiveSupportVerbModifyingANounDescribesARelationshipNotAnAct() {
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 7 nsubj
                2 , , , O 1 punct
                3 who who WP O 5 nsubj:pass
                4 is be VBZ O 5 aux:pass
                5 supported support VBN O 1 acl:relcl
                6 by by IN O 8 case
                7 spoke speak VBD O 0 root
                8 Chile Chile NNP LOCATION 5 obl:agent
                9 . . . O 7 punct
                """).stream().noneMatch(e -> e.type().equals("SUPPORT")));
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 5 nsubj
                2 , , , O 1 punct
                3 backed back VBN O 1 acl
                4 by by IN O 6 case
                5 spoke speak VBD O 0 root
                6 Chile Chile NNP LOCATION 3 obl:agent
                7 . . . O 5 punct
                """).stream().noneMatch(e -> e.type().equals("SUPPORT")));
        Event e = only(code("""
                1 Chile Chile NNP LOCATION 2 nsubj
                2 backed back VBD O 0 root
                3 Okafor Okafor NNP PERSON 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:okafor"), e.targetIds());
    }

    @Test
    void withdrawingFromNothingNamedIsNoRetreat() {
        assertTrue(code("""
                1 Senator senator NNP O 2 compound
                2 Okafor Okafor NNP PERSON 3 nsubj
                3 withdrew withdraw VBD O 0 root
                4 in in IN O 5 case
                5 May May NNP DATE 3 obl
                6 . . . O 3 punct
                """).isEmpty());
    }

    @Test
    void aNameBeforeAPersonNounSaysWhereTheyAreFromNotWhoIsTargeted() {
        List<Event> events = code("""
                1 Police police NNS O 2 nsubj
                2 detained detain VBD O 0 root
                3 a a DT O 5 det
                4 Chile Chile NNP LOCATION 5 compound
                5 man man NN O 2 obj
                6 . . . O 2 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.targetIds().contains("CHL")), events.toString());
        List<Event> taggedAsPerson = code("""
                1 Police police NNS O 2 nsubj
                2 detained detain VBD O 0 root
                3 a a DT O 5 det
                4 Harlow Harlow NNP PERSON 5 compound
                5 woman woman NN O 2 obj
                6 . . . O 2 punct
                """);
        assertTrue(
                taggedAsPerson.stream().noneMatch(e -> e.targetIds().contains("person:harlow")),
                taggedAsPerson.toString());
        Event e = only(code("""
                1 Police police NNS O 2 nsubj
                2 raided raid VBD O 0 root
                3 the the DT O 5 det
                4 Chile Chile NNP LOCATION 5 compound
                5 warehouse warehouse NN O 2 obj
                6 . . . O 2 punct
                """));
        assertEquals(List.of("CHL"), e.targetIds(), "a place before a thing still says whose it is");
    }

    @Test
    void aNameHungOnAGroupNounWithoutACommaSaysWhoTheGroupIs() {
        Event e = only(code("""
                1 Her her PRP$ O 3 nmod:poss
                2 former former JJ O 3 amod
                3 lawyer lawyer NN O 7 nsubj:pass
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 dep
                6 was be VBD O 7 aux:pass
                7 convicted convict VBN O 0 root
                8 . . . O 7 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ana-ruiz"), e.targetIds());
        List<Event> firm = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 sued sue VBD O 0 root
                3 his his PRP$ O 4 nmod:poss
                4 lawyer lawyer NN O 2 obj
                5 Acme Acme NNP ORGANIZATION 6 compound
                6 Chile Chile NNP LOCATION 4 dep
                7 . . . O 2 punct
                """);
        assertTrue(firm.stream().noneMatch(x -> x.targetIds().contains("CHL")), firm.toString());
    }

    @Test
    void anActANounOfIntentGovernsIsFuture() {
        Event e = only(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 announced announce VBD O 0 root
                3 her her PRP$ O 4 nmod:poss
                4 intention intention NN O 2 obj
                5 to to TO O 6 mark
                6 endorse endorse VB O 4 acl
                7 Chile Chile NNP LOCATION 6 obj
                8 . . . O 2 punct
                """));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(Modality.FUTURE, e.modality());
    }
}
