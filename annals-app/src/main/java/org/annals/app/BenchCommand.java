package org.annals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;
import org.annals.nlp.BaselineCoreNlp;
import org.annals.store.AnnalsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures Annals' whole pipeline (extraction to stored events) against the CoreNLP pipeline a user would otherwise
 * configure for the job, side by side in one process on the same articles, with 1 and 2 worker threads.
 */
@Command(
        name = "bench",
        subcommands = {BenchStoreCommand.class, BenchApiCommand.class},
        description = {
            "Benchmark: Annals (extraction to stored events) against CoreNLP's",
            "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote pipeline on the same articles."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Articles to use (default: the bundled Wikinews).")
    Path corpus;

    @Option(names = "--limit", defaultValue = "40", description = "Number of articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default: 1,2).")
    List<Integer> threadCounts;

    @Option(names = "--skip-baseline", description = "Measure Annals only.")
    boolean skipBaseline;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<SourceRecord> records = load();
        out.printf(Locale.ROOT, "Benchmark on %d articles from %s%n", records.size(), corpusPath());
        out.printf(
                Locale.ROOT,
                "JVM max heap %d MB, %d processors%n%n",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        List<BenchRow> rows = new ArrayList<>();
        AnnalsEngine engine = Engines.shared();
        warmUp(engine, records);
        for (int threads : threadCounts) {
            rows.add(measureAnnals(engine, records, threads));
        }
        if (!skipBaseline) {
            BaselineCoreNlp baseline = new BaselineCoreNlp();
            baseline.analyse(records.get(0).content());
            for (int threads : threadCounts) {
                rows.add(BenchRow.measure(
                        "CoreNLP default+coref+quote", threads, records, r -> baseline.analyse(plainText(r))
                                .tokens()));
            }
        }
        BenchRow.printTable(rows, out);
        return Main.OK;
    }

    private Path corpusPath() {
        if (corpus != null) {
            return corpus;
        }
        String home = System.getProperty("annals.home", ".");
        return Path.of(home, "examples", "wikinews", "wikinews.jsonl");
    }

    private List<SourceRecord> load() {
        try (Stream<SourceItem> items = new Sources(20_000_000L, Sources.InputFormat.AUTO)
                .openPaths(List.of(corpusPath()), org.annals.core.Metadata.EMPTY)) {
            List<SourceRecord> records = items.filter(SourceRecord.class::isInstance)
                    .map(SourceRecord.class::cast)
                    .limit(limit)
                    .toList();
            if (records.isEmpty()) {
                throw new UserException("no readable articles in " + corpusPath() + "; pass --corpus PATH");
            }
            return records;
        }
    }

    private static void warmUp(AnnalsEngine engine, List<SourceRecord> records) {
        records.stream().limit(3).forEach(engine::analyse);
    }

    private static BenchRow measureAnnals(AnnalsEngine engine, List<SourceRecord> records, int threads) {
        Path dir = tempDir();
        try (AnnalsStore store = AnnalsStore.openForWriting(dir)) {
            return BenchRow.measureBatch("Annals (extract..store)", threads, records, engine, store);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static String plainText(SourceRecord record) {
        return record.content();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("annals-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
