package org.annals.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.annals.ingest.fetch.RoundReport;

/** The lines that close a watch round: what was polled, unchanged, fetched and stored, and each error with its reason. */
final class WatchSummary {
    private WatchSummary() {}

    static void print(int round, RoundReport report, Ingestion.Report stored, PrintWriter out, PrintWriter err) {
        out.printf(
                Locale.ROOT,
                "Round %d: %d feed%s polled, %d not modified (304), %d page%s fetched, %d new document%s"
                        + " (%d events), %d already stored, %d fetch error%s.%n",
                round,
                report.polled(),
                plural(report.polled()),
                report.notModified(),
                report.pagesFetched(),
                plural(report.pagesFetched()),
                stored.stored(),
                plural(stored.stored()),
                stored.events(),
                stored.duplicates(),
                report.errors().size(),
                plural(report.errors().size()));
        String skipped = LanguageSkips.describe(stored.skippedByLanguage(), "stored with their text and language");
        if (!skipped.isEmpty()) {
            out.println(skipped);
        }
        report.errors().forEach(error -> err.println("  fetch error: " + error));
        stored.failures().forEach(failure -> err.println("  failed: " + failure));
        out.flush();
        err.flush();
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
