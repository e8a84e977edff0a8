package org.annals.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.annals.store.AnnalsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs this version's analysis over stored documents again and replaces what the store holds for them. */
@Command(
        name = "reanalyze",
        aliases = "reanalyse",
        description = "Analyse stored documents again with this version of Annals and replace their actors, dates,"
                + " quotes and events (text, metadata and stories stay), so an upgraded coder reaches documents"
                + " ingested before it. No source files are needed.")
final class ReanalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

    @Option(
            names = "--since",
            paramLabel = "YYYY-MM-DD",
            description = "Only documents ingested on or after this day (UTC).")
    LocalDate since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N documents, oldest ingested first.")
    Integer limit;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Supplier<AnnalsEngine> engine = actors.engine();
        DictionaryRecord dictionaries = actors.record();
        try (AnnalsStore store = Stores.openForWriting(data.resolve())) {
            dictionaries.reconcile(store, err);
            List<String> ids = store.storedDocumentIds(since);
            if (limit != null && ids.size() > limit) {
                ids = ids.subList(0, limit);
            }
            Reanalysis.Report report = new Reanalysis(store, engine, threads).run(ids, !noProgress, err);
            print(report, out, err);
            return report.failures().isEmpty() ? Main.OK : Main.FAILURE;
        }
    }

    private static void print(Reanalysis.Report report, PrintWriter out, PrintWriter err) {
        out.printf(
                Locale.ROOT,
                "Reanalysed %d document%s in %.1f s: events %d -> %d, quotes %d -> %d.%n",
                report.reanalysed(),
                report.reanalysed() == 1 ? "" : "s",
                report.elapsed().toMillis() / 1000.0,
                report.eventsBefore(),
                report.eventsAfter(),
                report.quotesBefore(),
                report.quotesAfter());
        if (!report.failures().isEmpty()) {
            err.printf(
                    Locale.ROOT,
                    "%d failed and kept their earlier analysis:%n",
                    report.failures().size());
            report.failures().forEach(f -> err.println("  " + f));
        }
    }
}
