package org.annals.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.annals.core.Document;
import org.annals.ingest.SourceRecord;
import org.annals.store.AnnalsStore;

/** One measured configuration of the benchmark: throughput and peak heap. */
record BenchRow(String system, int threads, int articles, long tokens, double seconds, long peakHeapMb) {
    double articlesPerSecond() {
        return articles / seconds;
    }

    double tokensPerSecond() {
        return tokens / seconds;
    }

    static BenchRow measureBatch(
            String system, int threads, List<SourceRecord> records, AnnalsEngine engine, AnnalsStore store) {
        resetPeaks();
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        new BatchRunner(() -> engine, threads)
                .run(records.stream().map(r -> (org.annals.ingest.SourceItem) r).iterator(), outcome -> {
                    if (outcome instanceof Outcome.Analysed analysed) {
                        Document document = analysed.document();
                        tokens.addAndGet(document.tokens().size());
                        store.put(document);
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchRow(system, threads, records.size(), tokens.get(), seconds, currentPeakHeapMb());
    }

    static BenchRow measure(String system, int threads, List<SourceRecord> records, ToIntFunction<SourceRecord> work) {
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = records.stream()
                    .<Future<?>>map(r -> pool.submit(() -> tokens.addAndGet(work.applyAsInt(r))))
                    .toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchRow(system, threads, records.size(), tokens.get(), seconds, currentPeakHeapMb());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long currentPeakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    static void printTable(List<BenchRow> rows, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%-30s %7s %9s %10s %11s %9s %10s%n",
                "system",
                "threads",
                "articles",
                "seconds",
                "articles/s",
                "tokens/s",
                "peak heap");
        for (BenchRow row : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-30s %7d %9d %10.1f %11.2f %9.0f %7d MB%n",
                    row.system(),
                    row.threads(),
                    row.articles(),
                    row.seconds(),
                    row.articlesPerSecond(),
                    row.tokensPerSecond(),
                    row.peakHeapMb());
        }
        printRatios(rows, out);
    }

    private static void printRatios(List<BenchRow> rows, PrintWriter out) {
        List<BenchRow> annals =
                rows.stream().filter(r -> r.system().startsWith("Annals")).toList();
        List<BenchRow> baseline =
                rows.stream().filter(r -> !r.system().startsWith("Annals")).toList();
        if (baseline.isEmpty()) {
            return;
        }
        BenchRow single =
                baseline.stream().filter(r -> r.threads() == 1).findFirst().orElse(baseline.get(0));
        out.println();
        for (BenchRow ours : annals) {
            BenchRow theirs = baseline.stream()
                    .filter(r -> r.threads() == ours.threads())
                    .findFirst()
                    .orElse(single);
            // CoreNLP's quote attribution is not thread-safe, so its measured multi-thread run is serialised; the
            // ratio is also given against an ideal linear scaling of its single-thread run, which favours CoreNLP.
            double ideal = single.articlesPerSecond() * ours.threads() / single.threads();
            out.printf(
                    Locale.ROOT,
                    "%d thread(s): Annals/CoreNLP articles/s = %.1fx measured, %.1fx against CoreNLP scaled ideally%n",
                    ours.threads(),
                    ours.articlesPerSecond() / theirs.articlesPerSecond(),
                    ours.articlesPerSecond() / ideal);
        }
    }
}
