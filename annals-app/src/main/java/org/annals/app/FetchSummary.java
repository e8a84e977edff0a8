package org.annals.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.annals.ingest.fetch.RoundReport;

/** The line that says what `ingest --fetch` fetched, and one line per fetch error naming the URL and the reason. */
final class FetchSummary {
    private FetchSummary() {}

    static void print(RoundReport report, PrintWriter out, PrintWriter err) {
        out.printf(
                Locale.ROOT,
                "Fetched %d address%s (%d not modified), %d page%s, %d fetch error%s.%n",
                report.polled(),
                report.polled() == 1 ? "" : "es",
                report.notModified(),
                report.pagesFetched(),
                report.pagesFetched() == 1 ? "" : "s",
                report.errors().size(),
                report.errors().size() == 1 ? "" : "s");
        report.errors().forEach(error -> err.println("  fetch error: " + error));
        out.flush();
        err.flush();
    }
}
