package org.annals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.coding.EventLexicon;
import org.annals.coding.KbEntry;
import org.annals.coding.KnowledgeBase;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.store.SyntheticStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds a large synthetic store to measure queries and exports on (see docs/export.md). */
@Command(
        name = "store",
        description = {
            "Build a synthetic store for benchmarks: generated documents and quotes, the knowledge base's countries",
            "and IGOs plus generated people, events with a news-like type mix between Zipf-distributed pairs."
        })
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--documents", defaultValue = "100000", description = "Documents (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--events", defaultValue = "1000000", description = "Events (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SyntheticStore.Settings settings = Stores.query(() -> new SyntheticStore.Settings(documents, events, seed));
        Path dir = data.resolve();
        long started = System.nanoTime();
        SyntheticStore.Result result;
        try {
            result = SyntheticStore.build(dir, settings, realActors(), intensities(), line -> {
                out.println(line);
                out.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                Locale.ROOT,
                "Built a synthetic store in %s: %d documents, %d events, %d quotes, %d actors in %.1f s (%d MB on"
                        + " disk).%n",
                dir,
                result.documents(),
                result.events(),
                result.quotes(),
                result.actors(),
                seconds,
                sizeOf(dir) >> 20);
        return Main.OK;
    }

    /** The knowledge base's countries and IGOs, one actor per id. */
    static List<Actor> realActors() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (KbEntry entry : KnowledgeBase.standard().entries()) {
            boolean wanted = entry.kind() == ActorKind.COUNTRY || entry.kind() == ActorKind.IGO;
            if (wanted && entry.use() == KbEntry.Use.NAME && !entry.name().isBlank()) {
                actors.putIfAbsent(
                        entry.id(),
                        new Actor(
                                entry.id(),
                                entry.name(),
                                entry.kind(),
                                entry.country(),
                                "",
                                entry.sector(),
                                List.of(),
                                List.of()));
            }
        }
        return List.copyOf(actors.values());
    }

    private static Map<String, Double> intensities() {
        EventLexicon lexicon = EventLexicon.standard();
        Map<String, Double> intensities = new HashMap<>();
        for (String type : lexicon.types()) {
            intensities.put(type, lexicon.type(type).intensity());
        }
        return intensities;
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
