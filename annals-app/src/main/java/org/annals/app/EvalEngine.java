package org.annals.app;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.annals.core.Document;
import org.annals.core.Stage;
import org.annals.core.StageRegistry;
import org.annals.ingest.SourceRecord;

/**
 * The engine the quote, entity and identity evaluations run: the standard stages up to quotes (events add nothing
 * these evaluations score). Offsets of the gold sets point into the source text, so a document whose text changed
 * in extraction is refused.
 */
final class EvalEngine {
    static final List<String> STAGES =
            List.of("boilerplate", "language", "corenlp", "mentions", "dates", "quantities", "actors", "quotes");
    /** For documents that already have their blocks: no extraction and no boilerplate detection. */
    static final List<String> ANALYSIS_STAGES = List.of("corenlp", "mentions", "dates", "quantities", "actors");

    private EvalEngine() {}

    static AnnalsEngine standard() {
        return new AnnalsEngine(STAGES);
    }

    /**
     * The analysis stages for documents whose blocks the gold set already fixes (sentence-per-line token text):
     * applied in order, without the pipeline's check that an earlier stage produced the blocks.
     */
    static UnaryOperator<Document> analysisOfBlocks() {
        StageRegistry registry = StageRegistry.fromClassPath();
        List<Stage> stages = ANALYSIS_STAGES.stream()
                .map(name -> registry.create(name, Map.of()))
                .toList();
        return document -> {
            Document current = document;
            for (Stage stage : stages) {
                current = stage.apply(current);
            }
            return current;
        };
    }

    static Document analyse(AnnalsEngine engine, SourceRecord record) {
        Document document = engine.analyse(record);
        if (!document.text().equals(record.content())) {
            throw new UserException(
                    "extraction changed the text of " + record.source() + "; the gold offsets would not point into it");
        }
        return document;
    }
}
