package org.annals.store.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures of article text: for each of {@link #HASHES} hash functions, the smallest hash of any shingle.
 * Two signatures agree in a position with probability equal to the Jaccard similarity of the shingle sets. The hash
 * functions come from a fixed seed, so stored signatures stay comparable across runs and versions.
 */
public final class MinHasher {
    /** 40 bands of 3 rows; 120 positions estimate a Jaccard of 0.5 to within about ±0.05 (one standard error). */
    public static final int HASHES = LshBands.BANDS * LshBands.ROWS;

    private static final long SEED = 0x616E6E616C73L; // "annals"
    private static final long[] SALTS = salts();

    private MinHasher() {}

    private static long[] salts() {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] salts = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            salts[i] = random.nextLong();
        }
        return salts;
    }

    /** The signature of a text's shingles; a text without words gets {@link Signature#EMPTY}. */
    public static Signature signature(String text) {
        long[] shingles = Shingles.of(text);
        if (shingles.length == 0) {
            return Signature.EMPTY;
        }
        long[] minima = new long[HASHES];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long hash = Mix.mix(shingle ^ SALTS[i]);
                if (hash < minima[i]) {
                    minima[i] = hash;
                }
            }
        }
        return new Signature(minima, shingles.length);
    }
}
