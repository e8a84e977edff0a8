package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.annals.store.Summary;

/** Prints what a store holds and the commands to explore it. */
final class StoreSummary {
    private StoreSummary() {}

    static void print(Summary summary, PrintWriter out) {
        out.println();
        out.printf(
                Locale.ROOT,
                "The store holds %d documents (%d stories), %d actors, %d mentions, %d events (%d distinct happenings),"
                        + " %d quotes.%n",
                summary.documents(),
                summary.stories(),
                summary.actors(),
                summary.mentions(),
                summary.events(),
                summary.happenings(),
                summary.quotes());
        out.println();
        out.println("Top actor pairs (either direction):");
        TablePrinter table = new TablePrinter(List.of("actor", "actor", "events"));
        summary.topPairs().forEach(p -> table.add(List.of(p.firstName(), p.secondName(), p.events())));
        table.print(OutputFormat.TABLE, out);
    }

    static void printHowToQuery(Path dataDir, PrintWriter out) {
        String dir = dataDir.equals(Path.of("annals-data")) ? "" : " --data-dir " + dataDir;
        out.println();
        out.println("Query it:");
        out.println("  ./annals events --pair Russia,China" + dir);
        out.println("  ./annals events --actor Putin --type CONSULT" + dir);
        out.println("  ./annals quotes --speaker Xi" + dir);
        out.println("  ./annals actors --kind PERSON" + dir);
        out.println("  ./annals search 'gas AND China'" + dir);
        out.println("  ./annals sql \"SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC\"" + dir);
        out.println("Tables and columns: docs/store.md");
    }
}
