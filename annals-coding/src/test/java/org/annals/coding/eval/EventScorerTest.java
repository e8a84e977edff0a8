package org.annals.coding.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rule of docs/event-annotation.md, one rule at a time, on hand-built events. */
class EventScorerTest {
    private static final String SENTENCE = "The ministry accused the broadcaster of bias on Monday.";

    private static EvalActor actor(String code, String name) {
        return new EvalActor(code, name);
    }

    private static GoldEvent gold(String type, List<EvalActor> sources, List<EvalActor> targets) {
        return new GoldEvent(type, sources, targets, "", "unresolved", "asserted", List.of(SENTENCE), "accused");
    }

    private static GoldEvent dated(String date, String granularity) {
        return new GoldEvent(
                "ACCUSE",
                List.of(actor("FRA.GOV", "ministry")),
                List.of(),
                date,
                granularity,
                "asserted",
                List.of(SENTENCE),
                "accused");
    }

    private static SystemEvent system(String type, List<EvalActor> sources, List<EvalActor> targets) {
        return system(type, sources, targets, "", "asserted");
    }

    private static SystemEvent system(
            String type, List<EvalActor> sources, List<EvalActor> targets, String date, String modality) {
        return new SystemEvent("e1", type, sources, targets, date, modality, SENTENCE, "accused", false);
    }

    private static PairCheck check(GoldEvent gold, SystemEvent system) {
        return PairCheck.of(gold, system);
    }

    @Test
    void equalNonEmptyCodesMatchAndDifferentCodesDoNot() {
        assertTrue(ActorMatch.matches(actor("IGO.UN", "UN"), actor("IGO.UN", "United Nations")));
        assertFalse(ActorMatch.matches(actor("IGO.UN", "UN"), actor("IGO.EU", "European Union")));
        assertFalse(ActorMatch.matches(actor("", "a court"), actor("", "")), "two empty codes are no match");
    }

    @Test
    void aStatesGovernmentNamesItsCountryButNoOther() {
        assertTrue(ActorMatch.matches(actor("USA-OR.GOV", "Government of Oregon"), actor("USA.GOV", "the state")));
        assertFalse(ActorMatch.matches(actor("USA-OR.GOV", "Government of Oregon"), actor("CAN.GOV", "Ottawa")));
    }

    @Test
    void codesOfTheSameCountryMatch() {
        assertTrue(ActorMatch.matches(actor("RUS.GOV", "Kremlin"), actor("RUS", "Russia")));
        assertTrue(ActorMatch.matches(actor("org:RUS:military", "military of Russia"), actor("RUS.GOV", "army")));
        assertFalse(ActorMatch.matches(actor("UKR.GOV", "Kyiv"), actor("RUS", "Russia")));
    }

    @Test
    void igoAndRegionCodesNameNoCountry() {
        assertFalse(ActorMatch.matches(actor("IGO.SCO", "SCO"), actor("IGO.UN", "United Nations")));
        assertFalse(ActorMatch.matches(actor("REG.WEST", "the West"), actor("REG.EUROPE", "Europe")));
    }

    @Test
    void lastNameTokensMatchIgnoringCaseAndPossessive() {
        assertTrue(ActorMatch.matches(
                actor("person:vladimir-putin", "Vladimir Putin"), actor("", "President Vladimir Putin's")));
        assertTrue(ActorMatch.matches(actor("org:gazprom", "GAZPROM"), actor("", "Gazprom")));
        assertFalse(ActorMatch.matches(actor("person:xi-jinping", "Xi Jinping"), actor("", "Vladimir Putin")));
    }

    @Test
    void typeMustBeEqual() {
        GoldEvent accuse = gold("ACCUSE", List.of(), List.of());
        assertTrue(check(accuse, system("ACCUSE", List.of(), List.of())).satisfies(Level.TYPE));
        assertFalse(check(accuse, system("REJECT", List.of(), List.of())).satisfies(Level.TYPE));
    }

    @Test
    void oneMatchedActorOnEachSideIsEnough() {
        GoldEvent gold = gold(
                "ACCUSE",
                List.of(actor("", "Joe Biden"), actor("", "Kamala Harris")),
                List.of(actor("", "Donald Trump")));
        assertTrue(check(
                        gold,
                        system(
                                "ACCUSE",
                                List.of(actor("person:kamala-harris", "Kamala Harris")),
                                List.of(actor("person:donald-trump", "Donald Trump"))))
                .satisfies(Level.ACTORS));
        assertFalse(
                check(gold, system("ACCUSE", List.of(actor("person:kamala-harris", "Kamala Harris")), List.of()))
                        .satisfies(Level.ACTORS),
                "a gold target needs a system target");
        assertFalse(
                check(
                                gold,
                                system(
                                        "ACCUSE",
                                        List.of(actor("person:donald-trump", "Donald Trump")),
                                        List.of(actor("person:joe-biden", "Joe Biden"))))
                        .satisfies(Level.ACTORS),
                "directed events keep their direction");
    }

    @Test
    void anEmptyGoldSideMatchesAnything() {
        GoldEvent passive = gold("COERCE", List.of(), List.of(actor("", "two suspects")));
        assertTrue(check(
                        passive,
                        system("COERCE", List.of(actor("USA.GOV", "police")), List.of(actor("", "the suspects"))))
                .satisfies(Level.ACTORS));
        assertFalse(check(passive, system("COERCE", List.of(), List.of(actor("", "the police"))))
                .satisfies(Level.ACTORS));
    }

    @Test
    void symmetricEventsMatchEitherWayOrBothAsSources() {
        List<EvalActor> both = List.of(actor("", "Vladimir Putin"), actor("", "Xi Jinping"));
        GoldEvent meeting = gold("CONSULT", both, both);
        assertTrue(meeting.symmetric());
        EvalActor putin = actor("person:vladimir-putin", "Vladimir Putin");
        EvalActor xi = actor("person:xi-jinping", "Xi Jinping");
        assertTrue(
                check(meeting, system("CONSULT", List.of(putin), List.of(xi))).satisfies(Level.ACTORS));
        assertTrue(
                check(meeting, system("CONSULT", List.of(xi), List.of(putin))).satisfies(Level.ACTORS));
        assertTrue(
                check(meeting, system("CONSULT", List.of(xi, putin), List.of())).satisfies(Level.ACTORS));
        assertFalse(
                check(meeting, system("CONSULT", List.of(putin), List.of())).satisfies(Level.ACTORS),
                "one participant of two is not the meeting");
    }

    @Test
    void datesAgreeAtTheGoldGranularity() {
        SystemEvent monday = system("ACCUSE", List.of(actor("FRA.GOV", "ministry")), List.of(), "2019-01-21", "");
        assertTrue(check(dated("2019-01-21", "day"), monday).satisfies(Level.DATE));
        assertTrue(check(dated("2019-01", "month"), monday).satisfies(Level.DATE));
        assertTrue(check(dated("2019", "year"), monday).satisfies(Level.DATE));
        assertTrue(check(dated("", "unresolved"), monday).satisfies(Level.DATE));
        assertFalse(check(dated("2019-01-22", "day"), monday).satisfies(Level.DATE));
        SystemEvent monthOnly = system("ACCUSE", List.of(actor("FRA.GOV", "ministry")), List.of(), "2019-01", "");
        assertFalse(check(dated("2019-01-21", "day"), monthOnly).satisfies(Level.DATE), "a month is no day");
        SystemEvent undated = system("ACCUSE", List.of(actor("FRA.GOV", "ministry")), List.of(), "", "");
        assertFalse(check(dated("2019", "year"), undated).satisfies(Level.DATE));
    }

    @Test
    void eachGoldEventMatchesOneSystemEventAndTheBestPairIsTakenFirst() {
        EvalActor ministry = actor("FRA.GOV", "ministry");
        GoldEvent first = dated("2019-01-21", "day");
        GoldEvent second = dated("2019-01-25", "day");
        SystemEvent friday = system("ACCUSE", List.of(ministry), List.of(), "2019-01-25", "asserted");
        SystemEvent monday = system("ACCUSE", List.of(ministry), List.of(), "2019-01-21", "asserted");
        ArticleCase article = new ArticleCase("a", "", "2019-01-26", List.of(first, second), List.of(friday, monday));
        List<Pair> pairs = GreedyMatcher.match(article, Level.ACTORS);
        assertEquals(List.of(0, 1), pairs.stream().map(Pair::gold).toList());
        assertEquals(List.of(1, 0), pairs.stream().map(Pair::system).toList(), "dates decide between equal pairs");
        ArticleCase duplicate = new ArticleCase("a", "", "", List.of(first), List.of(monday, monday));
        EventScores scores = EventScorer.score(List.of(duplicate));
        assertEquals(new Tally(1, 2, 1), scores.at(Level.DATE));
        assertEquals(0.5, scores.at(Level.DATE).precision());
        assertEquals(1.0, scores.at(Level.DATE).recall());
    }

    @Test
    void levelsAndTypesAreCountedSeparately() {
        EvalActor ministry = actor("FRA.GOV", "ministry");
        ArticleCase article = new ArticleCase(
                "a",
                "",
                "",
                List.of(dated("2019-01-21", "day"), gold("PROTEST", List.of(), List.of())),
                List.of(
                        system("ACCUSE", List.of(ministry), List.of(), "2019-01-20", "asserted"),
                        system("ASSAULT", List.of(), List.of())));
        EventScores scores = EventScorer.score(List.of(article));
        assertEquals(new Tally(2, 2, 1), scores.at(Level.TYPE));
        assertEquals(new Tally(2, 2, 1), scores.at(Level.ACTORS));
        assertEquals(new Tally(2, 2, 0), scores.at(Level.DATE));
        assertEquals(new Tally(1, 0, 0), scores.byType().get(Level.TYPE).get("PROTEST"));
        assertEquals(new Tally(0, 1, 0), scores.byType().get(Level.TYPE).get("ASSAULT"));
        assertEquals(2.0 / 3, new Tally(2, 1, 1).f1(), 1e-9);
    }

    @Test
    void modalityIsScoredOnMatchedPairsAndBackgroundMayBeAsserted() {
        EvalActor ministry = actor("FRA.GOV", "ministry");
        GoldEvent background = new GoldEvent(
                "ACCUSE", List.of(ministry), List.of(), "2014", "year", "historical", List.of(SENTENCE), "");
        GoldEvent negated =
                new GoldEvent("REJECT", List.of(ministry), List.of(), "", "", "negated", List.of("Other."), "");
        ArticleCase article = new ArticleCase(
                "a",
                "",
                "2019-01-26",
                List.of(background, negated),
                List.of(
                        system("ACCUSE", List.of(ministry), List.of(), "2014", "asserted"),
                        system("REJECT", List.of(ministry), List.of(), "", "asserted")));
        EventScores scores = EventScorer.score(List.of(article));
        assertEquals(2, scores.modalityPairs());
        assertEquals(1, scores.modalityCorrect());
        assertTrue(Modalities.agree("historical", "historical"));
        assertFalse(Modalities.agree("asserted", "historical"));
    }

    @Test
    void backgroundDatedAtPublicationIsCounted() {
        EvalActor ministry = actor("FRA.GOV", "ministry");
        GoldEvent background = new GoldEvent(
                "ACCUSE", List.of(ministry), List.of(), "2014", "year", "historical", List.of(SENTENCE), "");
        SystemEvent atPublication = system("ACCUSE", List.of(), List.of(), "2019-01-26", "asserted");
        SystemEvent inTheText = system("ACCUSE", List.of(ministry), List.of(), "2014", "historical");
        SystemEvent currentEventBeside = system("REJECT", List.of(), List.of(), "2019-01-26", "asserted");
        assertEquals(
                1,
                EventScorer.score(List.of(
                                new ArticleCase("a", "", "2019-01-26", List.of(background), List.of(atPublication))))
                        .historicalAtPublication());
        assertEquals(
                0,
                EventScorer.score(List.of(
                                new ArticleCase("a", "", "2019-01-26", List.of(background), List.of(inTheText))))
                        .historicalAtPublication());
        assertEquals(
                0,
                EventScorer.score(List.of(new ArticleCase(
                                "a", "", "2019-01-26", List.of(background), List.of(currentEventBeside))))
                        .historicalAtPublication(),
                "another type on the sentence is another happening");
    }

    @Test
    void boilerplateEventsAndTypeErrorsAreCounted() {
        SystemEvent fromAppeal = new SystemEvent("e9", "ACCUSE", List.of(), List.of(), "", "", "Support us.", "", true);
        SystemEvent wrongType = system("REJECT", List.of(), List.of());
        SystemEvent elsewhere = new SystemEvent("e3", "REJECT", List.of(), List.of(), "", "", "Other.", "", false);
        ArticleCase article = new ArticleCase(
                "a", "", "", List.of(gold("ACCUSE", List.of(), List.of())), List.of(fromAppeal, wrongType, elsewhere));
        EventScores scores = EventScorer.score(List.of(article));
        assertEquals(1, scores.boilerplateEvents());
        assertEquals(1, scores.typeErrors(), "only the REJECT on the gold ACCUSE's sentence is a type error");
    }

    @Test
    void evidenceIsSharedWhenOneSentenceContainsTheOther() {
        GoldEvent gold = gold("ACCUSE", List.of(), List.of());
        SystemEvent longer =
                new SystemEvent("e", "ACCUSE", List.of(), List.of(), "", "", "PARIS —  " + SENTENCE, "", false);
        SystemEvent other =
                new SystemEvent("e", "ACCUSE", List.of(), List.of(), "", "", "The broadcaster denied it.", "", false);
        assertTrue(Evidence.shared(gold, longer));
        assertFalse(Evidence.shared(gold, other));
    }

    @Test
    void contextsAreComparedOnTheMatchedPairsThatHaveGoldContexts() {
        EvalActor ministry = actor("FRA.GOV", "ministry");
        EvalActor broadcaster = actor("org:b", "broadcaster");
        GoldEvent legal = new GoldEvent(
                "ACCUSE",
                List.of(ministry),
                List.of(broadcaster),
                "",
                "unresolved",
                "asserted",
                List.of(SENTENCE),
                "accused",
                List.of("Legal", "political"));
        GoldEvent unannotated = gold("REJECT", List.of(ministry), List.of(broadcaster));
        SystemEvent political = new SystemEvent(
                "e1",
                "ACCUSE",
                List.of(ministry),
                List.of(broadcaster),
                "",
                "asserted",
                SENTENCE,
                "accused",
                false,
                List.of("political"),
                "");
        SystemEvent rejected = new SystemEvent(
                "e2",
                "REJECT",
                List.of(ministry),
                List.of(broadcaster),
                "",
                "asserted",
                SENTENCE,
                "rejected",
                false,
                List.of("diplomatic"),
                "");
        Contexts contexts = EventScorer.score(List.of(
                        new ArticleCase("a", "", "", List.of(legal, unannotated), List.of(political, rejected))))
                .contexts();
        assertEquals(1, contexts.pairs(), "the gold event without contexts is not compared");
        assertEquals(0, contexts.exact());
        assertEquals(new Tally(2, 1, 1), contexts.labels(), "labels compare without case");
        assertEquals(1.0, contexts.labels().precision());
        assertEquals(0.5, contexts.labels().recall());
    }
}
