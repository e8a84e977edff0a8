package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Verbs of wordnet-verbs.tsv code like the listed verb whose row they inherit (docs/lexicon.md). */
class WordnetVerbsTest {
    private static final String DIR = "/org/annals/coding/";
    private static final EventLexicon.Verb CONDEMN =
            new EventLexicon.Verb("condemn", "ACCUSE", "condemn", List.of("obj", "~obj", "agentless"), false);
    private static final EventLexicon.Verb REBUKE =
            new EventLexicon.Verb("rebuke", "ACCUSE", "criticize", List.of("obj"), false);
    private static final Map<String, EventLexicon.Verb> LISTED = Map.of("condemn", CONDEMN, "rebuke", REBUKE);

    private static List<String[]> rows(String... lines) {
        return java.util.Arrays.stream(lines).map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void aGeneratedVerbInheritsTheRowOfItsListedSource() {
        List<WordnetVerbs.Link> links = WordnetVerbs.links(rows("excoriate\tcondemn\tsynonym"), List.of());
        EventLexicon.Verb excoriate = WordnetVerbs.inherited(LISTED, links).get("excoriate");
        assertEquals("ACCUSE", excoriate.type());
        assertEquals("condemn", excoriate.mode());
        assertEquals(List.of("obj", "agentless"), excoriate.targets(), "an actor target is needed: no ~obj");
        assertEquals("excoriate(wordnet:synonym-of:condemn)", excoriate.trigger());
    }

    @Test
    void aListedVerbKeepsItsOwnRow() {
        List<WordnetVerbs.Link> links = WordnetVerbs.links(rows("rebuke\tcondemn\tsynonym"), List.of());
        assertTrue(WordnetVerbs.inherited(LISTED, links).isEmpty());
    }

    @Test
    void anExcludedPairOrAnExcludedSourceIsIgnored() {
        List<String[]> generated = rows("excoriate\tcondemn\tsynonym", "chide\trebuke\tsynonym");
        assertEquals(
                List.of("chide"),
                WordnetVerbs.links(generated, rows("excoriate\tcondemn\twhy")).stream()
                        .map(WordnetVerbs.Link::lemma)
                        .toList());
        assertEquals(
                List.of("excoriate"),
                WordnetVerbs.links(generated, rows("*\trebuke\twhy")).stream()
                        .map(WordnetVerbs.Link::lemma)
                        .toList());
    }

    @Test
    void aSourceNoLongerListedOrAnUnknownRelationFailsLoading() {
        List<WordnetVerbs.Link> stale = WordnetVerbs.links(rows("berate\tscold\tsynonym"), List.of());
        assertThrows(IllegalStateException.class, () -> WordnetVerbs.inherited(LISTED, stale));
        assertThrows(IllegalStateException.class, () -> WordnetVerbs.links(rows("berate\tscold\thypernym"), List.of()));
    }

    @Test
    void theShippedFileIsWellFormedAndConsistentWithVerbsTsv() {
        Set<String> listed = new HashSet<>();
        Tsv.read(DIR + "verbs.tsv", 5).forEach(row -> listed.add(row[0]));
        Set<String> seen = new HashSet<>();
        List<String[]> generated = Tsv.read(DIR + WordnetVerbs.GENERATED, 7);
        assertFalse(generated.isEmpty());
        for (String[] row : generated) {
            assertTrue(seen.add(row[0]), row[0] + " generated twice");
            assertFalse(row[0].contains(" ") || row[0].contains("_"), row[0] + ": phrases are not generated");
            assertTrue(listed.contains(row[1]), row[1] + " is not in verbs.tsv");
            assertTrue(row[3].matches("\\d{8}-v"), row[3]);
        }
        for (String[] exclusion : Tsv.read(DIR + WordnetVerbs.EXCLUSIONS, 3)) {
            assertTrue(
                    exclusion[1].equals(WordnetVerbs.ANY) || listed.contains(exclusion[1]),
                    exclusion[1] + " in " + WordnetVerbs.EXCLUSIONS + " is not in verbs.tsv");
            assertFalse(exclusion[2].isBlank(), "an exclusion says why");
        }
    }

    @Test
    void theStandardLexiconCodesAGeneratedVerbWithItsProvenance() {
        assertEquals(
                "ACCUSE",
                EventLexicon.standard().verb("excoriate").orElseThrow().type());
        assertEquals("", EventLexicon.standard().verb("condemn").orElseThrow().origin());
    }

    @Test
    void regressionAnUnlistedSynonymOfCondemnCodesAccuseAndSaysItCameThroughWordnet() {
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 excoriated excoriate VBD O 0 root
                3 Britain Britain NNP LOCATION 2 obj
                4 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("CHN"), e.sourceIds());
        assertEquals(List.of("GBR"), e.targetIds());
        assertEquals("verb:excoriate(wordnet:synonym-of:condemn)/nsubj", e.rule());
    }

    @Test
    void regressionATroponymOfAttackCodesAssault() {
        Event e = only(code("""
                1 Rebels rebel NNS O 2 nsubj
                2 strafed strafe VBD O 0 root
                3 the the DT O 4 det
                4 army army NN O 2 obj
                5 . . . O 2 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertTrue(e.rule().startsWith("verb:strafe(wordnet:troponym-of:attack)/"), e.rule());
    }

    @Test
    void regressionARejectedPairCodesNothing() {
        assertTrue(EventLexicon.standard().verb("ignore").isEmpty(), "ignore/snub is in wordnet-exclusions.tsv");
        assertTrue(code("""
                        1 China China NNP LOCATION 2 nsubj
                        2 ignored ignore VBD O 0 root
                        3 Britain Britain NNP LOCATION 2 obj
                        4 . . . O 2 punct
                        """).isEmpty());
    }

    @Test
    void regressionAGeneratedVerbWithoutAnActorTargetCodesNothing() {
        // "prohibit" inherits veto's row, whose ~obj lets "vetoed the bill" code; "prohibited travel" must not.
        assertTrue(code("""
                        1 The the DT O 2 det
                        2 government government NN O 3 nsubj
                        3 prohibited prohibit VBD O 0 root
                        4 travel travel NN O 3 obj
                        5 . . . O 3 punct
                        """).isEmpty());
    }
}
