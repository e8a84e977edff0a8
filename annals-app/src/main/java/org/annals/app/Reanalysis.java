package org.annals.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import org.annals.core.Document;
import org.annals.store.AnnalsStore;
import org.annals.store.Summary;

/**
 * Analyses stored documents again with this version's pipeline and replaces their analysis, one transaction per
 * document, so the store gains what newer stages find (events, quotes, roles) without the original files. A
 * document that fails keeps its old analysis and the batch goes on.
 */
final class Reanalysis {
    /** What a run did; {@code events}/{@code quotes} are the store's totals before and after. */
    record Report(
            long reanalysed,
            List<String> failures,
            long eventsBefore,
            long eventsAfter,
            long quotesBefore,
            long quotesAfter,
            Duration elapsed) {}

    /** A stored document and its new analysis, or why there is none. */
    private record Result(String docId, Document document, String failure) {}

    private final AnnalsStore store;
    private final Supplier<AnnalsEngine> engine;
    private final OrderedWorkers workers;
    private final List<String> failures = new ArrayList<>();
    private long reanalysed;

    Reanalysis(AnnalsStore store, Supplier<AnnalsEngine> engine, int threads) {
        this.store = store;
        this.engine = engine;
        this.workers = new OrderedWorkers(threads);
    }

    Report run(List<String> docIds, boolean showProgress, PrintWriter err) {
        long started = System.nanoTime();
        Summary before = store.summary(0);
        try (ProgressBar bar = ProgressBars.documents("Reanalysing", docIds.size(), showProgress)) {
            workers.run(docIds.iterator(), this::analyse, result -> {
                replace(result, err);
                bar.step();
            });
        }
        Summary after = store.summary(0);
        return new Report(
                reanalysed,
                List.copyOf(failures),
                before.events(),
                after.events(),
                before.quotes(),
                after.quotes(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Result analyse(String docId) {
        try {
            return store.storedSource(docId)
                    .map(source -> new Result(docId, engine.get().analyse(source), ""))
                    .orElse(new Result(docId, null, "no longer stored"));
        } catch (RuntimeException e) {
            return new Result(docId, null, "analysis failed: " + ErrorMessages.describe(e));
        }
    }

    private void replace(Result result, PrintWriter err) {
        if (result.document() == null) {
            failures.add(result.docId() + ": " + result.failure());
            return;
        }
        try {
            if (store.reanalysed(result.document())) {
                reanalysed++;
            } else {
                failures.add(result.docId() + ": no longer stored");
            }
        } catch (RuntimeException e) {
            String message = result.docId() + ": could not store the new analysis: " + ErrorMessages.describe(e);
            failures.add(message);
            err.println("annals: " + message);
        }
    }
}
