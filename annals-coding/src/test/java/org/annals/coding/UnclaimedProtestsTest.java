package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A protest told by its noun alone is held by protesters of its country (UnclaimedProtests); sentences written for
 * the test.
 */
class UnclaimedProtestsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // Anti-government protests continued in Caracas.
    private static final String ANTI_GOVERNMENT = """
            1 Anti-government anti-government JJ O 2 amod
            2 protests protest NNS O 3 nsubj
            3 continued continue VBD O 0 root
            4 in in IN O 5 case
            5 Caracas Caracas NNP LOCATION 3 obl
            6 . . . O 3 punct
            """;

    // The verdict sparked protests.
    private static final String SPARKED = """
            1 The the DT O 2 det
            2 verdict verdict NN O 3 nsubj
            3 sparked spark VBD O 0 root
            4 protests protest NNS O 3 obj
            5 . . . O 3 punct
            """;

    // The demonstrations began in May.
    private static final String RETOLD = """
            1 The the DT O 2 det
            2 demonstrations demonstration NNS O 3 nsubj
            3 began begin VBD O 0 root
            4 in in IN O 5 case
            5 May May NNP DATE 3 obl
            6 . . . O 3 punct
            """;

    // The song was bought during the demonstration.
    private static final String SHOWN = """
            1 The the DT O 2 det
            2 song song NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 bought buy VBN O 0 root
            5 during during IN O 7 case
            6 the the DT O 7 det
            7 demonstration demonstration NN O 4 obl
            8 . . . O 4 punct
            """;

    private static Document coded(String conll) {
        return EVENTS.apply(ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll)));
    }

    private static List<Event> protests(Document document) {
        return document.events().stream()
                .filter(e -> e.type().equals("PROTEST"))
                .toList();
    }

    @Test
    void anAntiGovernmentProtestIsHeldByTheCountrysProtestersAgainstItsGovernment() {
        Document document = coded(ANTI_GOVERNMENT);
        List<Event> protests = protests(document);
        assertEquals(1, protests.size(), document.events().toString());
        Event protest = protests.get(0);
        assertEquals(List.of("group:VEN:protester"), protest.sourceIds());
        assertEquals(1, protest.targetIds().size(), protest.toString());
        assertTrue(protest.targetIds().get(0).startsWith("VEN"), protest.toString());
        assertTrue(protest.rule().contains(UnclaimedProtests.RULE), protest.rule());
    }

    @Test
    void theImpliedProtestersAreAnActorOfTheDocument() {
        Document document = coded(ANTI_GOVERNMENT);
        Actor protesters = document.actors().stream()
                .filter(a -> a.id().equals("group:VEN:protester"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(document.actors().toString()));
        assertEquals("protesters", protesters.name());
        assertEquals("VEN", protesters.country());
    }

    @Test
    void protestsSetOffByAnActAreHeldByProtestersWithNoTargetNamed() {
        List<Event> protests = protests(coded(SPARKED));
        assertEquals(1, protests.size(), protests.toString());
        assertTrue(protests.get(0).sourceIds().get(0).endsWith("protester"), protests.toString());
        assertTrue(protests.get(0).targetIds().isEmpty(), protests.toString());
    }

    @Test
    void aProtestToldAgainByItsNounAloneIsOneProtest() {
        List<Event> protests = protests(coded(ANTI_GOVERNMENT + "\n" + RETOLD));
        assertEquals(1, protests.size(), protests.toString());
    }

    @Test
    void theSentenceThatTellsAProtestAgainIsAMentionOfIt() {
        Event protest = protests(coded(ANTI_GOVERNMENT + "\n" + RETOLD)).get(0);
        assertEquals(1, protest.mentions().size(), protest.toString());
        assertTrue(protest.mentions().get(0).start() >= protest.evidence().end(), protest.toString());
    }

    @Test
    void aProtestItsProtestersAreNamedForInTheSentenceIsToldOnce() {
        String marched = """
                1 Students student NNS O 2 nsubj
                2 protested protest VBD O 0 root
                3 in in IN O 4 case
                4 demonstrations demonstration NNS O 2 obl
                5 over over IN O 6 case
                6 fees fee NNS O 4 nmod
                7 . . . O 2 punct
                """;
        List<Event> protests = protests(coded(marched));
        assertEquals(1, protests.size(), protests.toString());
        assertTrue(!protests.get(0).rule().contains(UnclaimedProtests.RULE), protests.toString());
    }

    @Test
    void protestsCalledForAreNotHeld() {
        String calledFor = """
                1 The the DT O 2 det
                2 union union NN O 3 nsubj
                3 called call VBD O 0 root
                4 for for IN O 5 case
                5 demonstrations demonstration NNS O 3 obl
                6 . . . O 3 punct
                """;
        assertTrue(protests(coded(calledFor)).isEmpty());
    }

    @Test
    void aProtestVoteIsNoProtest() {
        String vote = """
                1 Farmers farmer NNS O 2 nsubj
                2 cast cast VBD O 0 root
                3 a a DT O 5 det
                4 protest protest NN O 5 compound
                5 vote vote NN O 2 obj
                6 . . . O 2 punct
                """;
        assertTrue(protests(coded(vote)).isEmpty());
    }

    @Test
    void protestsSaidNotToHaveHappenedAreNone() {
        String none = """
                1 No no DT O 2 det
                2 demonstrations demonstration NNS O 4 nsubj:pass
                3 were be VBD O 4 aux:pass
                4 reported report VBN O 0 root
                5 in in IN O 7 case
                6 the the DT O 7 det
                7 north north NN O 4 obl
                8 . . . O 4 punct
                """;
        assertTrue(protests(coded(none)).isEmpty());
    }

    @Test
    void anOwnedMarchIsNoUnclaimedProtest() {
        String owned = """
                1 The the DT O 2 det
                2 hiker hiker NN O 3 nsubj
                3 paused pause VBD O 0 root
                4 his his PRP$ O 5 nmod:poss
                5 demonstration demonstration NN O 3 obj
                6 . . . O 3 punct
                """;
        assertTrue(protests(coded(owned)).isEmpty());
    }

    @Test
    void regressionADemonstrationWhoseSentenceNamesProtestersIsAProtestThoughNoneWasCodedBefore() {
        // "Two people in demonstrations protesting the shooting were killed."
        String protesting = """
                1 Two two CD O 2 nummod
                2 people person NNS O 9 nsubj:pass
                3 in in IN O 4 case
                4 demonstrations demonstration NNS O 2 nmod
                5 protesting protest VBG O 4 acl
                6 the the DT O 7 det
                7 shooting shooting NN O 5 obj
                8 were be VBD O 9 aux:pass
                9 killed kill VBN O 0 root
                10 . . . O 9 punct
                """;
        Document document = coded(protesting);
        assertEquals(1, protests(document).size(), document.events().toString());
    }

    @Test
    void regressionADemonstrationInAnArticleThatToldNoProtestIsAShowingAndNoProtest() {
        Document document = coded(SHOWN);
        assertEquals(List.of(), protests(document), document.events().toString());
    }

    @Test
    void aDemonstrationAfterAProtestToldBeforeIsStillAProtest() {
        List<Event> protests = protests(coded(SPARKED + "\n" + SHOWN));
        assertEquals(1, protests.size(), protests.toString());
        assertEquals(1, protests.get(0).mentions().size(), protests.toString());
    }
}
