package org.annals.app;

import java.io.PrintWriter;
import java.util.Locale;

/** The closing lines of an ingest: what was stored, what was already there, and what failed and why. */
final class IngestSummary {
    private IngestSummary() {}

    static void print(Ingestion.Report report, PrintWriter out, PrintWriter err) {
        double seconds = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
        out.printf(
                Locale.ROOT,
                "Stored %d new document%s (%d events) in %.1f s.%n",
                report.stored(),
                report.stored() == 1 ? "" : "s",
                report.events(),
                seconds);
        if (report.nearDuplicates() > 0) {
            out.printf(
                    Locale.ROOT,
                    "%d %s near-duplicate%s of stories already stored (same article text under another dateline,"
                            + " boilerplate or a few edits): stored and linked by story_id.%n",
                    report.nearDuplicates(),
                    report.nearDuplicates() == 1 ? "was a" : "were",
                    report.nearDuplicates() == 1 ? "" : "s");
        }
        String skipped = LanguageSkips.describe(report.skippedByLanguage(), "stored with their text and language");
        if (!skipped.isEmpty()) {
            out.println(skipped);
        }
        if (report.duplicates() > 0) {
            out.printf(
                    Locale.ROOT,
                    "%d document%s already stored (same content hash): skipped, nothing changed.%n",
                    report.duplicates(),
                    report.duplicates() == 1 ? " was" : "s were");
        }
        if (!report.failures().isEmpty()) {
            err.printf(Locale.ROOT, "%d failed:%n", report.failures().size());
            report.failures().forEach(f -> err.println("  " + f));
        }
    }
}
