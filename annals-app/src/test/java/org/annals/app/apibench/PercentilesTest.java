package org.annals.app.apibench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: p95 of a run is a latency some request really had, at or above 95% of them. */
class PercentilesTest {
    @Test
    void nearestRankOverOneToHundred() {
        Percentiles p = new Percentiles(shuffled(100));
        assertEquals(50, p.at(50));
        assertEquals(95, p.at(95));
        assertEquals(99, p.at(99));
        assertEquals(100, p.at(100));
        assertEquals(100, p.max());
        assertEquals(100, p.count());
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Percentiles p = new Percentiles(new long[] {30, 10, 20});
        assertEquals(20, p.at(50));
        assertEquals(30, p.at(95));
        assertEquals(10, p.at(1));
    }

    @Test
    void oneSlowRequestInTwentyIsTheP95() {
        long[] values = new long[20];
        java.util.Arrays.fill(values, 5);
        values[7] = 900;
        assertEquals(5, new Percentiles(values).at(95));
        values[3] = 800;
        assertEquals(800, new Percentiles(values).at(95));
    }

    @Test
    void noValuesGiveZeroAndBadPercentilesAreRefused() {
        assertEquals(0, new Percentiles(new long[0]).at(95));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[] {1}).at(0));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[] {1}).at(101));
    }

    private static long[] shuffled(int n) {
        long[] values = LongStream.rangeClosed(1, n).toArray();
        java.util.Random random = new java.util.Random(3);
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
