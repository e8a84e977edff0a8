package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.core.Block;
import org.annals.core.Document;

/** Manual measurement behind the ner.model choice in docs/nlp.md: speed and entities of two NER configurations. */
public final class NerModelComparison {
    private NerModelComparison() {}

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Document> docs = new java.util.ArrayList<>(TestDocuments.wikinews(articles));
        docs.add(0, TestDocuments.seed());
        String combined = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
        for (String model : List.of(CoreNlpModels.NER_MODEL, combined, CoreNlpModels.NER_MODEL)) {
            StanfordCoreNLP.clearAnnotatorPool();
            StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpModels.properties(model));
            measure(model, pipeline, docs);
        }
    }

    private static void measure(String model, StanfordCoreNLP pipeline, List<Document> docs) {
        Map<String, Integer> byTag = new TreeMap<>();
        StringBuilder seedEntities = new StringBuilder();
        long tokens = 0;
        long start = System.nanoTime();
        for (Document doc : docs) {
            for (Block block : doc.articleBlocks()) {
                Annotation annotation = new Annotation(doc.textOf(block.span()));
                pipeline.annotate(annotation);
                List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
                tokens += labels.size();
                String previous = "O";
                for (CoreLabel label : labels) {
                    String tag = label.ner();
                    if (!tag.equals("O") && !tag.equals(previous)) {
                        byTag.merge(tag, 1, Integer::sum);
                        if (doc.id().equals("seed")) {
                            seedEntities
                                    .append(tag)
                                    .append(':')
                                    .append(label.word())
                                    .append(' ');
                        }
                    }
                    previous = tag;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                java.util.Locale.ROOT,
                "%s%n  tokens=%d seconds=%.1f tokens/s=%.0f entities=%s%n  seed=%s%n",
                model,
                tokens,
                seconds,
                tokens / seconds,
                byTag,
                seedEntities);
    }
}
