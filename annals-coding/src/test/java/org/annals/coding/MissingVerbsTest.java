package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

class MissingVerbsTest {
    private static final ActorStage ACTORS = new ActorStage();

    private static List<MissingVerbs.Candidate> rank(String... conll) {
        MissingVerbs missing = new MissingVerbs();
        for (String rows : conll) {
            Document parsed = ConllDocuments.parse("#id t\n#published 2025-09-02\n" + rows);
            missing.count(ACTORS.apply(parsed));
        }
        return missing.ranked();
    }

    // Chile scolded Peru. (a verb the lexicon has)
    private static final String KNOWN = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 scolded scold VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void aVerbJoiningTwoActorsIsRankedWithItsSentence() {
        List<MissingVerbs.Candidate> ranked = rank(KNOWN.replace("scolded scold", "outvoted outvote"));
        assertEquals(1, ranked.size(), ranked.toString());
        MissingVerbs.Candidate outvote = ranked.get(0);
        assertEquals("outvote", outvote.lemma());
        assertEquals(1, outvote.actorPairs());
        assertEquals(List.of("Chile outvoted Peru ."), outvote.examples());
    }

    @Test
    void verbsTheLexiconHasAreLeftOut() {
        assertEquals(List.of(), rank(KNOWN));
    }

    @Test
    void aVerbWithoutAnActorObjectIsCountedButNotRanked() {
        String fish = KNOWN.replace("scolded scold", "outvoted outvote")
                .replace("3 Peru Peru NNP LOCATION 2 obj", "3 fish fish NN O 2 obj");
        assertEquals(List.of(), rank(fish));
    }

    @Test
    void aPrepositionalTargetCountsButAPlaceDoesNot() {
        // "Chile argued against Peru." and "Chile argued in Peru."
        String against = """
                1 Chile Chile NNP LOCATION 2 nsubj
                2 argued argue VBD O 0 root
                3 against against IN O 4 case
                4 Peru Peru NNP LOCATION 2 obl
                5 . . . O 2 punct
                """;
        assertEquals("argue", rank(against).get(0).lemma());
        assertEquals(List.of(), rank(against.replace("3 against against", "3 in in")));
    }

    @Test
    void moreUsesJoiningActorsRankFirst() {
        String outvoted = KNOWN.replace("scolded scold", "outvoted outvote");
        String outspent = KNOWN.replace("scolded scold", "outspent outspend");
        List<MissingVerbs.Candidate> ranked = rank(outvoted, outspent, outspent);
        assertEquals(
                List.of("outspend", "outvote"),
                ranked.stream().map(MissingVerbs.Candidate::lemma).toList());
        assertEquals(2, ranked.get(0).uses());
    }
}
