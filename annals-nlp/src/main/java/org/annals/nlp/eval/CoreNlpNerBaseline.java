package org.annals.nlp.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Span;

/**
 * Plain CoreNLP NER: the CoNLL 4-class CRF's entity mention chunks, PERSON, ORGANIZATION and LOCATION (MISC has no
 * counterpart), each article block annotated on its own like the "corenlp" stage.
 */
public final class CoreNlpNerBaseline {
    private static final Map<String, String> TYPES = Map.of(
            "PERSON",
            EntityCorpus.PERSON,
            "ORGANIZATION",
            EntityCorpus.ORGANISATION,
            "LOCATION",
            EntityCorpus.LOCATION);

    private final StanfordCoreNLP pipeline;

    public CoreNlpNerBaseline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The pipeline settings, for the record in docs/evaluation.md. */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        return props;
    }

    public synchronized List<EntitySpan> entities(Document document) {
        List<EntitySpan> found = new ArrayList<>();
        for (Block block : document.articleBlocks()) {
            String text = document.textOf(block.span());
            if (text.isBlank()) {
                continue;
            }
            CoreDocument annotated = new CoreDocument(text);
            pipeline.annotate(annotated);
            for (CoreEntityMention mention : annotated.entityMentions()) {
                String type = TYPES.get(mention.entityType());
                if (type != null) {
                    int offset = block.span().start();
                    found.add(new EntitySpan(
                            document.id(),
                            new Span(
                                    offset + mention.charOffsets().first(),
                                    offset + mention.charOffsets().second()),
                            type));
                }
            }
        }
        return found;
    }
}
