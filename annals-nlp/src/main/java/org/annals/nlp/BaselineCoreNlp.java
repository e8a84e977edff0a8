package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline a user would otherwise configure for this job (tokenize to quote, CoreNLP defaults), for
 * side-by-side benchmarks. Loaded only when constructed; calls are serialised because quote attribution is not
 * thread-safe.
 */
public final class BaselineCoreNlp {
    /** What the baseline found in one text. */
    public record Result(
            int tokens, int sentences, List<BaselineQuote> quotes, int entityMentions, List<String> timeValues) {
        public Result {
            quotes = List.copyOf(quotes);
            timeValues = List.copyOf(timeValues);
        }
    }

    /** A quote and the speaker string CoreNLP attributed it to (empty if none). */
    public record BaselineQuote(String text, String speaker) {}

    private static final java.util.Set<String> TIME_TYPES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;

    public BaselineCoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        this.pipeline = new StanfordCoreNLP(props);
    }

    public synchronized Result analyse(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<BaselineQuote> quotes =
                document.quotes().stream().map(BaselineCoreNlp::quote).toList();
        List<CoreEntityMention> entities = document.entityMentions();
        List<String> times = entities.stream()
                .filter(e -> TIME_TYPES.contains(e.entityType()))
                .map(e -> e.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
                .filter(v -> v != null && !v.isEmpty())
                .toList();
        return new Result(document.tokens().size(), document.sentences().size(), quotes, entities.size(), times);
    }

    private static BaselineQuote quote(CoreQuote quote) {
        return new BaselineQuote(quote.text(), quote.speaker().orElse(""));
    }
}
