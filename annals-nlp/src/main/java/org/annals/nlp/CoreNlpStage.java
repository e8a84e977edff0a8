package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Problem;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.Stage;
import org.annals.core.Token;

/**
 * Tokens, sentences, POS, lemmas, CoNLL NER and basic UD dependencies for the article blocks. Each block is annotated
 * on its own so that no sentence straddles a title and a paragraph, and boilerplate is never analysed.
 */
public final class CoreNlpStage implements Stage {
    public static final String NAME = "corenlp";
    private static final Set<String> CONLL_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final StanfordCoreNLP pipeline;

    /** Uses the process-wide pipeline, loading it on first use. */
    public CoreNlpStage() {
        this.pipeline = CoreNlpModels.pipeline();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.BLOCKS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.NER, Layer.DEPENDENCIES);
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Document current = document;
        for (Block block : document.articleBlocks()) {
            String text = document.textOf(block.span());
            if (text.isBlank()) {
                continue;
            }
            try {
                annotateBlock(text, block.span().start(), sentences, tokens);
            } catch (RuntimeException e) {
                current = current.withProblem(
                        new Problem(NAME, "block at " + block.span().start() + " not annotated: " + e));
            }
        }
        return current.withSentencesAndTokens(
                sentences,
                PostNominals.trim(NerConsistency.apply(NameEdges.trim(tokens))),
                Layer.POS,
                Layer.LEMMAS,
                Layer.NER,
                Layer.DEPENDENCIES);
    }

    private void annotateBlock(String text, int offset, List<Sentence> sentences, List<Token> tokens) {
        Annotation annotation = new Annotation(LookAlikePunctuation.asAscii(text));
        pipeline.annotate(annotation);
        List<Sentence> blockSentences = new ArrayList<>();
        List<Token> blockTokens = new ArrayList<>();
        for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            convertSentence(
                    coreSentence,
                    offset,
                    sentences.size() + blockSentences.size(),
                    tokens.size(),
                    blockSentences,
                    blockTokens);
        }
        // Added only when the whole block converted, so a failure never leaves half a block behind.
        sentences.addAll(blockSentences);
        tokens.addAll(blockTokens);
    }

    private static void convertSentence(
            CoreMap coreSentence,
            int offset,
            int sentenceIndex,
            int tokenBase,
            List<Sentence> sentences,
            List<Token> tokens) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.isEmpty()) {
            return;
        }
        int first = tokenBase + tokens.size();
        int[] heads = new int[labels.size()];
        String[] deprels = new String[labels.size()];
        readDependencies(
                coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
                first,
                heads,
                deprels);
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            Span span = new Span(offset + label.beginPosition(), offset + label.endPosition());
            tokens.add(new Token(
                    first + i,
                    span,
                    label.word(),
                    label.lemma(),
                    label.tag(),
                    conllTag(label.ner()),
                    sentenceIndex,
                    heads[i],
                    deprels[i]));
        }
        Span sentenceSpan = new Span(
                offset + labels.get(0).beginPosition(),
                offset + labels.get(labels.size() - 1).endPosition());
        sentences.add(new Sentence(sentenceIndex, sentenceSpan, first, first + labels.size()));
    }

    private static void readDependencies(SemanticGraph graph, int first, int[] heads, String[] deprels) {
        Arrays.fill(heads, -1);
        Arrays.fill(deprels, "");
        if (graph == null) {
            return;
        }
        for (IndexedWord root : graph.getRoots()) {
            deprels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int dependent = edge.getDependent().index() - 1;
            heads[dependent] = first + edge.getGovernor().index() - 1;
            deprels[dependent] = edge.getRelation().toString();
        }
    }

    private static String conllTag(String tag) {
        return tag != null && CONLL_TAGS.contains(tag) ? tag : "O";
    }
}
