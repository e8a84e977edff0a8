package org.annals.store.dedup;

import java.util.Arrays;

/** A MinHash signature and the number of distinct shingles it summarises; immutable. */
public final class Signature {
    /** The signature of a text without words: similar to nothing, not even itself. */
    public static final Signature EMPTY = new Signature(new long[0], 0);

    private final long[] values;
    private final int shingles;

    public Signature(long[] values, int shingles) {
        if (values.length != 0 && values.length != MinHasher.HASHES) {
            throw new IllegalArgumentException(
                    "a signature has " + MinHasher.HASHES + " values (or none), got " + values.length);
        }
        this.values = values.clone();
        this.shingles = shingles;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public int shingles() {
        return shingles;
    }

    public long value(int position) {
        return values[position];
    }

    public long[] values() {
        return values.clone();
    }

    /** The estimated Jaccard similarity of the two shingle sets: the share of positions that agree; 0 if either is empty. */
    public double similarity(Signature other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return (double) same / values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature s && shingles == s.shingles && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + shingles;
    }
}
