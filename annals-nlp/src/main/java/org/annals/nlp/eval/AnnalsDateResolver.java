package org.annals.nlp.eval;

import java.util.List;
import org.annals.core.Document;
import org.annals.nlp.CoreNlpStage;
import org.annals.nlp.TimeStage;

/** Our own resolver: the real "corenlp" and "dates" stages, exactly as a pipeline runs them. */
public final class AnnalsDateResolver implements DateResolver {
    private final CoreNlpStage corenlp = new CoreNlpStage();
    private final TimeStage dates = new TimeStage();

    @Override
    public String name() {
        return "annals";
    }

    @Override
    public List<PredictedTime> resolve(Document document) {
        return dates.apply(corenlp.apply(document)).times().stream()
                .map(t -> new PredictedTime(t.span(), t.value()))
                .toList();
    }
}
