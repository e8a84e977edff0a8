package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class TriggerExplainerTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();
    private static final TriggerExplainer EXPLAINER = new TriggerExplainer();

    private static List<TriggerCandidate> explain(String conll) {
        Document parsed = ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll);
        return EXPLAINER.explain(EVENTS.apply(ACTORS.apply(parsed)));
    }

    private static TriggerCandidate word(List<TriggerCandidate> candidates, String word) {
        return candidates.stream()
                .filter(c -> c.word().equals(word))
                .findFirst()
                .orElseThrow(() -> new AssertionError(word + " not among " + candidates));
    }

    @Test
    void aCodedTriggerShowsItsEvent() {
        TriggerCandidate condemned = word(explain("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 Peru Peru NNP LOCATION 2 obj
                4 . . . O 2 punct
                """), "condemned");
        assertTrue(condemned.coded());
        assertTrue(condemned.detail().startsWith("ACCUSE JPN -> PER"), condemned.detail());
    }

    @Test
    void aTriggerWithoutSubjectSaysSo() {
        TriggerCandidate condemned = word(explain("""
                1 Condemned condemn VBN O 0 root
                2 Peru Peru NNP LOCATION 1 obj
                3 . . . O 1 punct
                """), "Condemned");
        assertEquals("no source: no subject in the parse", condemned.reason());
    }

    @Test
    void aPronounNothingResolvedIsNamedAsTheGap() {
        TriggerCandidate condemned = word(explain("""
                1 It it PRP O 2 nsubj
                2 condemned condemn VBD O 0 root
                3 Peru Peru NNP LOCATION 2 obj
                4 . . . O 2 punct
                """), "condemned");
        assertEquals("no source: subject is an unresolved pronoun", condemned.reason());
        assertEquals("It", condemned.detail());
    }

    @Test
    void anOpinionThatReachesNoActorSaysWhyItWasRemoved() {
        TriggerCandidate criticized = word(explain("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 criticized criticize VBD O 0 root
                3 the the DT O 4 det
                4 policy policy NN O 2 obj
                5 . . . O 2 punct
                """), "criticized");
        assertEquals("opinion: reaches no actor", criticized.reason());
    }

    @Test
    void aCommonNounObjectIsNoTarget() {
        TriggerCandidate visited = word(explain("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 visited visit VBD O 0 root
                3 the the DT O 4 det
                4 museum museum NN O 2 obj
                5 . . . O 2 punct
                """), "visited");
        assertEquals("no target: obj is a common noun, no actor", visited.reason());
        assertEquals("museum", visited.detail());
    }

    @Test
    void anEventNounOnAnotherVerbNamesTheVerbItHangsOn() {
        TriggerCandidate sanctions = word(explain("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 discussed discuss VBD O 0 root
                3 sanctions sanction NNS O 2 obj
                4 . . . O 2 punct
                """), "sanctions");
        assertEquals("nominal: verb is no support verb", sanctions.reason());
        assertEquals("discuss/obj", sanctions.detail());
    }

    private static final String QUOTED_JUDGEMENT = """
            1 " " `` O 5 punct
            2 The the DT O 3 det
            3 weather weather NN O 5 nsubj
            4 is be VBZ O 5 cop
            5 reckless reckless JJ O 9 ccomp
            6 , , , O 5 punct
            7 " " '' O 5 punct
            8 Ahmed Ahmed NNP PERSON 9 nsubj
            9 said say VBD O 0 root
            10 . . . O 9 punct
            """;

    private static TriggerCandidate quotedJudgement(String speaker) {
        Document parsed = ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + QUOTED_JUDGEMENT));
        Span words = new Span(
                parsed.tokens().get(1).span().start(),
                parsed.tokens().get(4).span().end());
        Quote quote = new Quote(words, parsed.textOf(words), QuoteKind.DIRECT, speaker, null, "say", "");
        return word(EXPLAINER.explain(EVENTS.apply(parsed.withQuotes(List.of(quote)))), "reckless");
    }

    @Test
    void aQuotedCueThatCodesNothingSaysWhetherTheSpeakerOrTheTargetIsMissing() {
        assertEquals(
                "stance cue: quotation without a resolved speaker",
                quotedJudgement("").reason());
        assertEquals(
                "stance cue: no target found", quotedJudgement("person:ahmed").reason());
    }

    @Test
    void wordsOutsideTheLexiconsAreNotListed() {
        List<TriggerCandidate> candidates = explain("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 saw see VBD O 0 root
                3 Peru Peru NNP LOCATION 2 obj
                4 . . . O 2 punct
                """);
        assertEquals(List.of(), candidates);
    }

    @Test
    void explainingChangesNoEvents() {
        String conll = """
                1 Japan Japan NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 Peru Peru NNP LOCATION 2 obj
                4 . . . O 2 punct
                """;
        Document analysed = EVENTS.apply(ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll)));
        EXPLAINER.explain(analysed);
        assertEquals(1, analysed.events().size());
    }
}
