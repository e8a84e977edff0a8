package org.annals.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import me.tongfei.progressbar.ProgressBar;
import org.annals.core.Document;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;
import org.annals.store.AnnalsStore;
import org.annals.store.PutResult;

/**
 * Reads, analyses and stores a batch. Content already in the store is recognised by its hash before any analysis,
 * so re-ingesting is cheap; each document is stored in its own transaction, so a failure loses only that document.
 */
final class Ingestion {
    /**
     * {@code nearDuplicates}: stored documents that joined a story already stored (syndicated copies);
     * {@code skippedByLanguage}: documents stored without the English analysis, by language.
     */
    record Report(
            long stored,
            long nearDuplicates,
            long duplicates,
            List<String> failures,
            long events,
            Duration elapsed,
            java.util.Map<String, Long> skippedByLanguage) {}

    private final AnnalsStore store;
    private final java.util.function.Supplier<AnnalsEngine> engine;
    private final int threads;
    private long stored;
    private long nearDuplicates;
    private long duplicates;
    private long events;
    private final List<String> failures = new ArrayList<>();
    private final LanguageSkips skips = new LanguageSkips();

    Ingestion(AnnalsStore store, java.util.function.Supplier<AnnalsEngine> engine, int threads) {
        this.store = store;
        this.engine = engine;
        this.threads = threads;
    }

    Report run(Iterator<SourceItem> items, long expected, boolean showProgress, PrintWriter err) {
        long started = System.nanoTime();
        try (ProgressBar bar = ProgressBars.documents("Ingesting", expected, showProgress)) {
            Iterator<SourceItem> fresh = new SkipStored(items, bar);
            new BatchRunner(engine, threads).run(fresh, outcome -> {
                record(outcome, err);
                bar.step();
            });
        }
        return new Report(
                stored,
                nearDuplicates,
                duplicates,
                List.copyOf(failures),
                events,
                Duration.ofNanos(System.nanoTime() - started),
                skips.byLanguage());
    }

    private void record(Outcome outcome, PrintWriter err) {
        if (outcome instanceof Outcome.Failed failed) {
            failures.add(failed.line());
            return;
        }
        Document document = ((Outcome.Analysed) outcome).document();
        try {
            PutResult result = store.put(document);
            if (result.isStored()) {
                stored++;
                if (result.isNearDuplicate()) {
                    nearDuplicates++;
                }
                skips.count(outcome);
                events += document.events().size();
            } else {
                duplicates++;
            }
        } catch (RuntimeException e) {
            failures.add(outcome.source() + ": could not store: " + ErrorMessages.describe(e));
            err.println("annals: " + outcome.source() + ": could not store: " + ErrorMessages.describe(e));
        }
    }

    /** Passes on only the items whose content is not stored yet, counting the others as duplicates. */
    private final class SkipStored implements Iterator<SourceItem> {
        private final Iterator<SourceItem> items;
        private final ProgressBar bar;
        private SourceItem next;

        SkipStored(Iterator<SourceItem> items, ProgressBar bar) {
            this.items = items;
            this.bar = bar;
        }

        @Override
        public boolean hasNext() {
            while (next == null && items.hasNext()) {
                SourceItem item = items.next();
                if (item instanceof SourceRecord record && store.contains(record.contentHash())) {
                    duplicates++;
                    bar.step();
                } else {
                    next = item;
                }
            }
            return next != null;
        }

        @Override
        public SourceItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceItem item = next;
            next = null;
            return item;
        }
    }
}
