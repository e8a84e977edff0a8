package org.annals.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of the process. Loading takes seconds and hundreds of megabytes, so every stage instance
 * and worker thread shares it; the annotators it holds are safe to call concurrently.
 */
final class CoreNlpModels {
    /** CoNLL 4-class CRF alone: measured faster than the 3-model default with as good entities (docs/nlp.md). */
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private CoreNlpModels() {}

    static StanfordCoreNLP pipeline() {
        return Holder.PIPELINE;
    }

    static Properties properties(String nerModel) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ner.model", nerModel);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return props;
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties(NER_MODEL));
    }
}
