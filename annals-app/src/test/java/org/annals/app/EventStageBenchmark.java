package org.annals.app;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Stage;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The events stage's time on the demo corpus (the seed article and the Wikinews articles) for one or more builds of
 * annals-coding, side by side in one process. The articles are analysed once up to the events stage; then, round
 * after round, each build's events stage runs over all of them, the builds taking turns in a rotating order, so all
 * meet the same load on the machine. A build is a folder of annals-coding classes (a copy of its target/classes),
 * loaded ahead of the class path; without one the class path's own build is timed. Not a test: run it with
 * {@code -Dtest=EventStageBenchmark -Dannals.bench=true -Dannals.bench.builds=before=DIR,after=DIR} and read the
 * printed lines; {@code annals.bench.rounds} (default 5) and {@code annals.bench.articles} (default all) are optional.
 */
@EnabledIfSystemProperty(named = "annals.bench", matches = "true")
class EventStageBenchmark {
    private static final String EVENTS = "events";

    @Test
    void timesTheEventsStage() {
        List<Document> analysed = analysedUpToEvents(Integer.getInteger("annals.bench.articles", Integer.MAX_VALUE));
        Map<String, Stage> builds = builds(System.getProperty("annals.bench.builds", ""));
        int rounds = Integer.getInteger("annals.bench.rounds", 5);
        List<String> labels = new ArrayList<>(builds.keySet());
        // The first pass warms each build up and shows they code alike.
        builds.forEach((label, stage) ->
                System.out.printf(Locale.ROOT, "%s: %d events%n", label, eventCount(stage, analysed)));
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        labels.forEach(label -> millis.put(label, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d:", round + 1));
            for (int turn = 0; turn < labels.size(); turn++) {
                String label = labels.get((round + turn) % labels.size());
                long ms = runAll(builds.get(label), analysed);
                millis.get(label).add(ms);
                line.append(String.format(Locale.ROOT, " %s %d ms", label, ms));
            }
            System.out.println(line);
        }
        report(analysed.size(), labels, millis);
    }

    private static void report(int articles, List<String> labels, Map<String, List<Long>> millis) {
        System.out.printf(
                Locale.ROOT,
                "events stage over %d articles, %d rounds%n",
                articles,
                millis.get(labels.get(0)).size());
        for (String label : labels) {
            System.out.printf(Locale.ROOT, "  %s: median %d ms%n", label, median(millis.get(label)));
        }
        String first = labels.get(0);
        for (String label : labels.subList(1, labels.size())) {
            List<Long> ratios = new ArrayList<>();
            for (int round = 0; round < millis.get(first).size(); round++) {
                // Per mille, so the median of the per-round ratios stays an integer.
                ratios.add(1000L
                        * millis.get(label).get(round)
                        / Math.max(1L, millis.get(first).get(round)));
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %s / %s: median ratio %.3f (per round %s)%n",
                    label,
                    first,
                    median(ratios) / 1000.0,
                    ratios.stream()
                            .map(r -> String.format(Locale.ROOT, "%.3f", r / 1000.0))
                            .toList());
        }
    }

    private static int eventCount(Stage stage, List<Document> analysed) {
        return analysed.stream().mapToInt(d -> stage.apply(d).events().size()).sum();
    }

    private static long runAll(Stage stage, List<Document> analysed) {
        long start = System.nanoTime();
        analysed.forEach(stage::apply);
        return (System.nanoTime() - start) / 1_000_000L;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Document> analysedUpToEvents(int limit) {
        List<String> stages = AnnalsEngine.STANDARD_STAGES;
        AnnalsEngine engine = new AnnalsEngine(stages.subList(0, stages.indexOf(EVENTS)));
        try (Stream<SourceItem> items = new Sources(20_000_000L, Sources.InputFormat.AUTO)
                .openPaths(List.of(Repository.seed(), Repository.wikinews()), Metadata.EMPTY)) {
            return items.filter(SourceRecord.class::isInstance)
                    .map(SourceRecord.class::cast)
                    .limit(limit)
                    .map(engine::analyse)
                    .toList();
        }
    }

    /** The builds named {@code label=classes-folder,...}, each with its own events stage; none: the class path's. */
    private static Map<String, Stage> builds(String spec) {
        Map<String, Stage> builds = new LinkedHashMap<>();
        if (spec.isBlank()) {
            builds.put("classpath", eventStage(EventStageBenchmark.class.getClassLoader()));
            return builds;
        }
        for (String build : spec.split(",")) {
            String[] parts = build.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("annals.bench.builds: expected label=folder, got '" + build + "'");
            }
            builds.put(parts[0].strip(), eventStage(new BuildLoader(Path.of(parts[1].strip()))));
        }
        return builds;
    }

    private static Stage eventStage(ClassLoader loader) {
        try {
            return (Stage) loader.loadClass("org.annals.coding.EventStage")
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the events stage: " + e, e);
        }
    }

    /** Loads annals-coding's classes and resources from one folder first; everything else from the class path. */
    private static final class BuildLoader extends URLClassLoader {
        private static final String PACKAGE = "org.annals.coding.";

        BuildLoader(Path classes) {
            super(new URL[] {url(classes)}, EventStageBenchmark.class.getClassLoader());
        }

        private static URL url(Path classes) {
            try {
                return classes.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("annals.bench.builds: not a folder: " + classes, e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(PACKAGE.replace('.', '/')) ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }

        @Override
        public String toString() {
            return "BuildLoader" + Arrays.toString(getURLs());
        }
    }
}
