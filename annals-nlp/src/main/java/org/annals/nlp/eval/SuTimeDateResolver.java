package org.annals.nlp.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Span;

/**
 * The baseline: CoreNLP's SUTime inside the stock NER annotator, anchored on the publication date through the
 * document-date annotation. Annotates each article block on its own, like the "corenlp" stage. Calls are serialised:
 * one instance holds one pipeline and SUTime's thread safety is not documented.
 */
public final class SuTimeDateResolver implements DateResolver {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;

    /** Loads its own pipeline (tokenize, ssplit, pos, lemma, ner with SUTime and the default NER models). */
    public SuTimeDateResolver() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The pipeline settings, for the record in docs/evaluation.md. */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        // Fine-grained NER adds CITY, TITLE, ... and never touches the four time types; off, it loads faster.
        props.setProperty("ner.applyFineGrained", "false");
        return props;
    }

    @Override
    public String name() {
        return "sutime";
    }

    @Override
    public synchronized List<PredictedTime> resolve(Document document) {
        String docDate =
                document.metadata().publishedDate().map(Object::toString).orElse(null);
        List<PredictedTime> found = new ArrayList<>();
        for (Block block : document.articleBlocks()) {
            String text = document.textOf(block.span());
            if (!text.isBlank()) {
                annotateBlock(text, block.span().start(), docDate, found);
            }
        }
        return found;
    }

    private void annotateBlock(String text, int offset, String docDate, List<PredictedTime> found) {
        Annotation annotation = new Annotation(text);
        if (docDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        pipeline.annotate(annotation);
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        for (CoreMap mention : mentions) {
            if (TIME_TYPES.contains(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                Span span = new Span(
                        offset + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        offset + mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                found.add(new PredictedTime(span, value(mention)));
            }
        }
    }

    /** The TIMEX3 value SUTime gave; its alternative value when the value is empty; else the normalised tag. */
    private static String value(CoreMap mention) {
        Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
            List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
            timex = tokens == null || tokens.isEmpty()
                    ? null
                    : tokens.get(0).get(TimeAnnotations.TimexAnnotation.class);
        }
        if (timex != null && timex.value() != null && !timex.value().isEmpty()) {
            return timex.value();
        }
        if (timex != null && timex.altVal() != null) {
            return timex.altVal();
        }
        String normalised = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return normalised == null ? "" : normalised;
    }
}
