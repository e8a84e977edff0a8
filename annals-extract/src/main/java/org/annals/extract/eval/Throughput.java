package org.annals.extract.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times several extractors side by side on one thread. Each first runs {@code warmUpRounds} untimed passes over the
 * pages, so the JIT has compiled all of them before any clock starts; then {@code timedRounds} timed passes alternate
 * the systems (the order reverses every round), so a burst of load on a shared machine hits all of them alike. The
 * result is each system's median pages per second over its timed passes.
 */
public final class Throughput {
    private final int warmUpRounds;
    private final int timedRounds;

    public Throughput(int warmUpRounds, int timedRounds) {
        if (warmUpRounds < 0 || timedRounds < 1) {
            throw new IllegalArgumentException("warm-up rounds must be 0 or more and timed rounds 1 or more; got "
                    + warmUpRounds + " and " + timedRounds);
        }
        this.warmUpRounds = warmUpRounds;
        this.timedRounds = timedRounds;
    }

    /** Median pages per second of each system, in the order given. */
    public Map<String, Double> medianPagesPerSecond(Map<String, TextExtractor> systems, List<FixturePage> pages) {
        List<String> names = new ArrayList<>(systems.keySet());
        for (String name : names) {
            for (int round = 0; round < warmUpRounds; round++) {
                pass(systems.get(name), pages);
            }
        }
        Map<String, List<Double>> speeds = new LinkedHashMap<>();
        names.forEach(name -> speeds.put(name, new ArrayList<>()));
        for (int round = 0; round < timedRounds; round++) {
            List<String> order = new ArrayList<>(names);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (String name : order) {
                double seconds = pass(systems.get(name), pages);
                speeds.get(name).add(pages.size() / seconds);
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        speeds.forEach((name, values) -> medians.put(name, median(values)));
        return medians;
    }

    private static double pass(TextExtractor extractor, List<FixturePage> pages) {
        long start = System.nanoTime();
        for (FixturePage page : pages) {
            ExtractionBenchmark.safely(extractor, page);
        }
        return Math.max(1, System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
