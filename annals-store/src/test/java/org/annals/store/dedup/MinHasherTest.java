package org.annals.store.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHasherTest {
    private static final String TEXT = "The two sides signed twenty agreements worth about two billion dollars this"
            + " month, officials in Beijing said on Tuesday after the talks ended.";

    @Test
    void signaturesIgnoreCaseSpacingAndPunctuation() {
        String shouted =
                TEXT.toUpperCase(java.util.Locale.ROOT).replace(",", " ;  ").replace(".", "!");
        assertEquals(MinHasher.signature(TEXT), MinHasher.signature(shouted));
        assertEquals(1.0, MinHasher.signature(TEXT).similarity(MinHasher.signature(shouted)));
    }

    /** Stored signatures are compared with new ones, so the hashing may never change between runs or versions. */
    @Test
    void signaturesAreFixedAcrossRuns() {
        Signature signature = MinHasher.signature(TEXT);
        assertEquals(MinHasher.HASHES, signature.values().length);
        assertEquals(19, signature.shingles());
        assertEquals(-6907650707259045206L, signature.value(0));
        assertArrayEquals(LshBands.keys(signature), LshBands.keys(MinHasher.signature(TEXT)));
    }

    @Test
    void similarityEstimatesTheShareOfCommonShingles() {
        String other = "A storm closed schools across the northern provinces on Monday, and rail services were"
                + " suspended until the weekend while engineers inspected the damaged lines.";
        assertTrue(MinHasher.signature(TEXT).similarity(MinHasher.signature(other)) < 0.1);
        // One word changed in the middle replaces at most five of nineteen shingles.
        String edited = TEXT.replace("agreements", "contracts");
        double similarity = MinHasher.signature(TEXT).similarity(MinHasher.signature(edited));
        assertTrue(similarity > 0.5 && similarity < 0.9, "similarity " + similarity);
    }

    @Test
    void textWithoutWordsIsSimilarToNothing() {
        assertTrue(MinHasher.signature(" -- ... ").isEmpty());
        assertEquals(0, Signature.EMPTY.similarity(Signature.EMPTY));
        assertEquals(0, LshBands.keys(Signature.EMPTY).length);
        assertEquals(1, Shingles.of("Breaking news").length, "a text shorter than a shingle is one shingle");
    }
}
