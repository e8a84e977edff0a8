package org.annals.nlp.eval;

import java.util.List;
import org.annals.core.Document;

/**
 * Finds and resolves the time expressions of a document's article blocks against its publication date. The document
 * holds text, blocks and metadata only; implementations do their own linguistic analysis.
 */
public interface DateResolver {
    /** A short label for reports. */
    String name();

    /** The expressions found in the article blocks, spans into {@code document.text()}. */
    List<PredictedTime> resolve(Document document);
}
