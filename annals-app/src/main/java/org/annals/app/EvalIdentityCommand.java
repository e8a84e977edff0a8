package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.core.Document;
import org.annals.ingest.SourceRecord;
import org.annals.nlp.eval.IdentityGold;
import org.annals.nlp.eval.IdentityMention;
import org.annals.nlp.eval.IdentityScorer;
import org.annals.nlp.eval.SystemMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Actor identity across the 60 articles of the identity gold: B-cubed and pairwise scores of the actor ids the
 * actors stage gives (the store keeps them as they are), against clustering by exact surface string.
 */
@Command(
        name = "identity",
        description = "Actor identity: B-cubed and cross-document pairwise P/R/F1, Annals actor ids vs exact strings.")
final class EvalIdentityCommand implements Callable<Integer> {
    private static final int WORST = 10;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", description = "Identity gold JSON Lines (default: eval/identity-gold/mentions.jsonl).")
    Path gold;

    @Option(names = "--articles", description = "Articles (default: examples/wikinews/wikinews.jsonl).")
    Path articles;

    @Option(
            names = "--details",
            description = "Write every gold mention with the actor id Annals gave it to FILE (by gold entity).")
    Path details;

    @Override
    public Integer call() {
        Path goldFile = gold != null
                ? gold
                : Path.of(System.getProperty("annals.home", "."), "eval", "identity-gold", "mentions.jsonl");
        if (!Files.isRegularFile(goldFile)) {
            throw new UserException("identity gold " + goldFile + " not found; pass --gold FILE");
        }
        Map<String, SourceRecord> records = WikinewsArticles.read(
                articles != null ? articles : WikinewsArticles.defaultFile(), documentIds(goldFile));
        Map<String, List<IdentityMention>> goldByDocument =
                IdentityGold.read(goldFile, id -> records.get(id).content());
        List<IdentityMention> mentions =
                goldByDocument.values().stream().flatMap(List::stream).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Gold: " + goldFile + " (" + records.size() + " articles, " + mentions.size()
                + " mentions; metric: docs/identity-annotation.md)");
        AnnalsEngine engine = EvalEngine.standard();
        Map<String, List<SystemMention>> system = new HashMap<>();
        long start = System.nanoTime();
        records.forEach((id, record) -> system.put(id, systemMentions(EvalEngine.analyse(engine, record))));
        List<String> labels = IdentityScorer.align(mentions, system);
        print(out, "annals", IdentityScorer.score(mentions, labels, WORST), EvalQuotesCommand.seconds(start));
        if (details != null) {
            IdentityDetails.write(details, mentions, labels);
        }
        List<String> surface = mentions.stream().map(IdentityMention::text).toList();
        print(out, "exact string", IdentityScorer.score(mentions, surface, WORST), 0);
        return Main.OK;
    }

    private static java.util.Set<String> documentIds(Path goldFile) {
        return IdentityGold.read(goldFile, id -> null).keySet();
    }

    static List<SystemMention> systemMentions(Document document) {
        List<SystemMention> mentions = new ArrayList<>();
        document.mentions()
                .forEach(m -> mentions.add(
                        new SystemMention(m.span(), m.actorId(), m.type().name())));
        return mentions;
    }

    private static void print(PrintWriter out, String system, IdentityScorer.Result result, double seconds) {
        out.println();
        out.printf(Locale.ROOT, "== %s (%.0f s)%n", system, seconds);
        out.println("                         PRECISION  RECALL      F1  MENTIONS");
        out.println(row("B-cubed, all", result.all()));
        result.byKind().forEach((kind, b) -> out.println(row("B-cubed, " + kind, b)));
        out.println(pairs("pairs, across articles", result.crossDocument()));
        out.println(pairs("pairs, within articles", result.withinDocument()));
        out.println("worst false merges (mention pairs): " + errors(result.worstMerges()));
        out.println("worst false splits (mention pairs): " + errors(result.worstSplits()));
        out.flush();
    }

    private static String row(String label, IdentityScorer.BCubed b) {
        return String.format(
                Locale.ROOT, "%-24s %9.3f %7.3f %7.3f %9d", label, b.precision(), b.recall(), b.f1(), b.mentions());
    }

    private static String pairs(String label, IdentityScorer.Pairs p) {
        return String.format(
                Locale.ROOT,
                "%-24s %9.3f %7.3f %7.3f   tp %d, false merges %d, false splits %d",
                label,
                p.precision(),
                p.recall(),
                p.f1(),
                p.truePositives(),
                p.falseMerges(),
                p.falseSplits());
    }

    private static String errors(List<IdentityScorer.Error> errors) {
        return errors.stream()
                .map(e -> e.keys() + " (" + e.pairs() + ")")
                .toList()
                .toString();
    }
}
