package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.core.Document;
import org.annals.core.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in measurements behind docs/nlp.md (run with -Dannals.report=true): dates over 60 Wikinews articles with 40
 * seeded random examples to eyeball, and the corenlp stage's throughput with one and two threads sharing the one
 * pipeline. Reports go to stdout and target/reports/.
 */
@EnabledIfSystemProperty(named = "annals.report", matches = "true")
class WikinewsDatesReportIT {
    private static final int DATE_ARTICLES = 60;
    private static final int SPEED_ARTICLES = 50;
    private static final int EXAMPLES = 40;
    private final CoreNlpStage corenlp = new CoreNlpStage();
    private final MentionStage mentions = new MentionStage();
    private final TimeStage dates = new TimeStage();

    @Test
    void datesOverSixtyArticles() throws IOException {
        List<Document> analysed = TestDocuments.wikinews(DATE_ARTICLES).stream()
                .map(d -> dates.apply(mentions.apply(corenlp.apply(d))))
                .toList();
        List<String[]> all = new ArrayList<>();
        Map<String, Integer> byGranularity = new TreeMap<>();
        Map<String, Integer> byRelation = new TreeMap<>();
        int resolved = 0;
        for (Document document : analysed) {
            for (TimeMention time : document.times()) {
                byGranularity.merge(time.granularity().name(), 1, Integer::sum);
                byRelation.merge(time.relation().name(), 1, Integer::sum);
                resolved += time.isResolved() ? 1 : 0;
                all.add(example(document, time));
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "articles=%d expressions=%d resolved=%d%nby granularity=%s%nby relation=%s%n",
                analysed.size(),
                all.size(),
                resolved,
                byGranularity,
                byRelation));
        List<String[]> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(42));
        for (String[] line : shuffled.subList(0, Math.min(EXAMPLES, shuffled.size()))) {
            report.append(String.join(" | ", line)).append('\n');
        }
        write("wikinews-dates.txt", report.toString());
    }

    private static String[] example(Document document, TimeMention time) {
        String sentence = document.sentenceAt(time.span().start())
                .map(s -> document.textOf(s.span()))
                .orElse("");
        return new String[] {
            document.id() + " pub " + document.metadata().published(),
            time.text() + " -> " + time.value() + " " + time.granularity() + " " + time.relation(),
            sentence.replaceAll("\\s+", " ")
        };
    }

    @Test
    void corenlpThroughputOneAndTwoThreadsGiveTheSameOutput() throws Exception {
        List<Document> articles = TestDocuments.wikinews(SPEED_ARTICLES);
        annotate(articles.subList(0, 10), 1);
        long start = System.nanoTime();
        List<Document> single = annotate(articles, 1);
        double singleSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<Document> twin = annotate(articles, 2);
        double twinSeconds = (System.nanoTime() - start) / 1e9;
        long tokens = single.stream().mapToLong(d -> d.tokens().size()).sum();
        String report = String.format(
                Locale.ROOT,
                "articles=%d tokens=%d cores=%d%n1 thread: %.1f s, %.0f tokens/s%n2 threads: %.1f s, %.0f tokens/s%n",
                articles.size(),
                tokens,
                Runtime.getRuntime().availableProcessors(),
                singleSeconds,
                tokens / singleSeconds,
                twinSeconds,
                tokens / twinSeconds);
        write("corenlp-throughput.txt", report);
        for (int i = 0; i < single.size(); i++) {
            assertEquals(
                    single.get(i).sentences(),
                    twin.get(i).sentences(),
                    single.get(i).id());
            assertEquals(
                    single.get(i).tokens(), twin.get(i).tokens(), single.get(i).id());
        }
    }

    private List<Document> annotate(List<Document> articles, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (Document article : articles) {
                futures.add(pool.submit(() -> corenlp.apply(article)));
            }
            List<Document> done = new ArrayList<>();
            for (Future<Document> future : futures) {
                done.add(future.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    static void write(String name, String report) throws IOException {
        System.out.print(report);
        Path directory = Path.of("target", "reports");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name), report, StandardCharsets.UTF_8);
    }
}
