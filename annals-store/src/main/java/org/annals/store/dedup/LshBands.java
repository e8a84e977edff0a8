package org.annals.store.dedup;

/**
 * Locality-sensitive banding of MinHash signatures: the signature is cut into {@link #BANDS} bands of {@link #ROWS}
 * positions, and each band is hashed to one bucket key. Documents that share any bucket are candidates. Two texts
 * with Jaccard similarity s share a bucket with probability 1 - (1 - s^3)^40: 0.995 at s = 0.5, 0.73 at s = 0.2,
 * 0.04 at s = 0.1, so candidates above {@link NearDuplicates#THRESHOLD} are almost never missed and a lookup reads
 * only the few documents in the same buckets instead of every stored one.
 */
public final class LshBands {
    public static final int BANDS = 40;
    public static final int ROWS = 3;

    private LshBands() {}

    /** One key per band; the band number is mixed in so equal rows in different bands do not collide. */
    public static long[] keys(Signature signature) {
        if (signature.isEmpty()) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = Mix.mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                hash = Mix.mix(hash ^ signature.value(band * ROWS + row));
            }
            keys[band] = hash;
        }
        return keys;
    }
}
