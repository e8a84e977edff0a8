package org.annals.nlp;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Stage;

/** The one CoreNLP-backed analysis shared by every integration test: models load once per JVM. */
final class AnalysedDocuments {
    private static final List<Stage> STAGES =
            List.of(new CoreNlpStage(), new MentionStage(), new TimeStage(), new QuantityStage(), new QuoteStage());
    static final Document SEED = analyse(TestDocuments.seed());

    private AnalysedDocuments() {}

    static Document analyse(Document document) {
        Document current = document;
        for (Stage stage : STAGES) {
            current = stage.apply(current);
        }
        return current;
    }
}
