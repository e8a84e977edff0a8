package org.annals.store.dedup;

/** The SplitMix64 finaliser: spreads every input bit over the whole 64-bit result. */
final class Mix {
    private Mix() {}

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
