package org.annals.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annals.coding.eval.ArticleCase;
import org.annals.coding.eval.ArticleResult;
import org.annals.coding.eval.EventScorer;
import org.annals.coding.eval.EventScores;
import org.annals.coding.eval.Level;
import org.annals.coding.eval.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals eval events}: the events stage against hand-coded gold (matching rule: docs/evaluation.md). */
@Command(
        name = "events",
        description = "Event coding: P/R/F1 by type, type+source+target and +date on gold, seed and PETRARCH2 sets.")
final class EventEvalCommand implements java.util.concurrent.Callable<Integer> {
    private static final List<String> SETS =
            List.of(EventEvalSets.GOLD, EventEvalSets.PETRARCH, EventEvalSets.SEED, "all");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--set",
            defaultValue = "all",
            description = "gold (64 Wikinews articles), petrarch2 (PETRARCH2 unit tests), seed, or all (default).")
    String set;

    @Option(
            names = "--split",
            defaultValue = "all",
            description = "Part of the default gold set: dev (first 44 articles), test (last 20) or all (default);"
                    + " not with --gold.")
    String split;

    @Option(
            names = "--gold",
            paramLabel = "FILE",
            description = "Score this file, in the format of eval/events-gold/events.jsonl with texts from"
                    + " examples/wikinews or the corpus file an article's 'texts' field names, instead of the"
                    + " gold set (e.g. eval/events-tuning/events.jsonl, eval/events-re3d/events.jsonl);"
                    + " --split applies only to the default gold set, and seed and petrarch2 are not run.")
    Path gold;

    @Option(names = "--details", paramLabel = "FILE", description = "Write per-article matches as JSON Lines.")
    Path details;

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

    @Override
    public Integer call() throws IOException {
        if (!SETS.contains(set)) {
            throw new UserException("--set must be one of " + String.join(", ", SETS) + "; got " + set);
        }
        GoldSplit goldSplit = GoldSplit.parse(split);
        Path home = Path.of(System.getProperty("annals.home", "."));
        List<GoldTexts.GoldText> goldTexts =
                gold == null ? List.of() : GoldTexts.find(home, goldFileArticles(goldSplit));
        EventEvalSets sets = new EventEvalSets(home, actors.engine().get());
        PrintWriter out = spec.commandLine().getOut();
        List<String> detailLines = new ArrayList<>();
        if (gold != null) {
            long start = System.nanoTime();
            List<ArticleResult> results = score(sets.articles(goldTexts));
            report(EventEvalSets.GOLD, results, "articles, gold " + gold, false, out, detailLines);
            out.printf(Locale.ROOT, "(%s: %.0f s)%n%n", gold, (System.nanoTime() - start) / 1e9);
        }
        for (String name : List.of(EventEvalSets.GOLD, EventEvalSets.SEED, EventEvalSets.PETRARCH)) {
            if (gold == null && (set.equals("all") || set.equals(name))) {
                long start = System.nanoTime();
                runSet(name, sets, goldSplit, home, out, detailLines);
                out.printf(Locale.ROOT, "(%s: %.0f s)%n%n", name, (System.nanoTime() - start) / 1e9);
                out.flush();
            }
        }
        if (details != null) {
            writeDetails(detailLines);
            out.println("Details: " + details);
        }
        return Main.OK;
    }

    /** Reads --gold before any model loads, so a wrong file, option or article id fails at start. */
    private List<EventGoldFile.Article> goldFileArticles(GoldSplit goldSplit) {
        if (goldSplit != GoldSplit.ALL) {
            throw new UserException("--split applies only to the default gold set; leave it out with --gold");
        }
        if (!set.equals("all") && !set.equals(EventEvalSets.GOLD)) {
            throw new UserException("--gold replaces the gold set; it cannot be combined with --set " + set);
        }
        return EventGoldFile.read(gold);
    }

    private void runSet(
            String name, EventEvalSets sets, GoldSplit split, Path home, PrintWriter out, List<String> detailLines) {
        List<ArticleResult> results;
        String note;
        boolean petrarch = name.equals(EventEvalSets.PETRARCH);
        if (petrarch) {
            Path dir = home.resolve("eval").resolve("petrarch2");
            PetrarchSet petrarchSet = new PetrarchSet(dir, petrarchEngine(dir));
            results = score(petrarchSet.cases());
            note = "sentences from eval/petrarch2/unit_test_records.jsonl; " + petrarchSet.unmappedCodings()
                    + " codings with no Annals type left out; no gold dates, so +date equals +actors";
        } else {
            boolean isGold = name.equals(EventEvalSets.GOLD);
            results = score(isGold ? sets.gold(split) : sets.seed());
            note = "articles, gold "
                    + home.relativize(sets.goldFile(name)).toString().replace('\\', '/')
                    + (isGold ? ", split " + split.label() : "");
        }
        report(name, results, note, petrarch, out, detailLines);
    }

    /**
     * PETRARCH runs its unit tests with its validation actor dictionary, so the coder reads it too, through the
     * same seam as a user's --actors files (which come after it and so win).
     */
    private AnnalsEngine petrarchEngine(Path dir) {
        List<Path> dictionaries = new ArrayList<>(List.of(dir.resolve(PetrarchSet.ACTORS)));
        dictionaries.addAll(actors.files);
        return Engines.withDictionaries(AnnalsEngine.STANDARD_STAGES, dictionaries);
    }

    private static void report(
            String name,
            List<ArticleResult> results,
            String note,
            boolean petrarch,
            PrintWriter out,
            List<String> detailLines) {
        EventScores scores = EventScores.of(results);
        out.println("== " + name + ": " + scores.articles() + " " + note);
        EventEvalReport.levels(scores).forEach(out::println);
        out.println();
        EventEvalReport.types(EventEvalReport.byType(scores), "TYPE").forEach(out::println);
        if (petrarch) {
            out.println();
            EventEvalReport.types(byCategory(results), "CATEGORY").forEach(out::println);
        }
        out.println();
        EventEvalReport.sideCounts(scores, !petrarch).forEach(out::println);
        results.forEach(result -> detailLines.add(EventDetails.line(name, result)));
    }

    private static List<ArticleResult> score(List<ArticleCase> cases) {
        return cases.stream().map(EventScorer::article).toList();
    }

    private static Map<String, Map<Level, Tally>> byCategory(List<ArticleResult> results) {
        Map<String, List<ArticleResult>> grouped = new TreeMap<>();
        results.forEach(r -> grouped.computeIfAbsent(r.article().category(), key -> new ArrayList<>())
                .add(r));
        Map<String, Map<Level, Tally>> byCategory = new TreeMap<>();
        grouped.forEach((category, members) -> {
            EventScores scores = EventScores.of(members);
            Map<Level, Tally> tallies = new java.util.EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                tallies.put(level, scores.at(level));
            }
            byCategory.put(category, tallies);
        });
        return byCategory;
    }

    private void writeDetails(List<String> lines) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(details, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
    }
}
