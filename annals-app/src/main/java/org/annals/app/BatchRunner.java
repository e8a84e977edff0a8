package org.annals.app;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.core.Document;
import org.annals.ingest.SourceError;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;

/**
 * Analyses a stream of source items on worker threads and hands the outcomes to a sink in input order. At most a
 * few items per worker are in flight, so memory stays flat however long the stream is. One bad item becomes a
 * {@link Outcome.Failed} and the batch goes on.
 */
public final class BatchRunner {
    private final Supplier<AnnalsEngine> engine;
    private final OrderedWorkers workers;

    /** {@code engine} is asked for only when the first readable item arrives, so bad input fails fast. */
    BatchRunner(Supplier<AnnalsEngine> engine, int threads) {
        this.workers = new OrderedWorkers(threads);
        this.engine = engine;
    }

    void run(Iterator<SourceItem> items, Consumer<Outcome> sink) {
        workers.run(items, this::analyse, sink);
    }

    private Outcome analyse(SourceItem item) {
        return analyseOne(engine.get(), item);
    }

    /**
     * Analyses one item as every ingestion path must: a read error or a page with no text left is a failure naming
     * the source, and so is an analysis that throws.
     */
    public static Outcome analyseOne(AnnalsEngine analyser, SourceItem item) {
        if (item instanceof SourceError error) {
            return new Outcome.Failed(error.source(), error.message());
        }
        SourceRecord record = (SourceRecord) item;
        try {
            Document document = analyser.analyse(record);
            if (document.text().isBlank()) {
                return new Outcome.Failed(
                        record.source(),
                        "no text left after extraction (the page holds only markup, scripts or"
                                + " images); nothing to analyse or store");
            }
            return new Outcome.Analysed(record.source(), document, analyser.skippedByLanguage(document));
        } catch (RuntimeException e) {
            return new Outcome.Failed(record.source(), "analysis failed: " + ErrorMessages.describe(e));
        }
    }
}
