package org.annals.nlp.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annals.core.Document;
import org.annals.core.QuoteKind;
import org.annals.core.Span;

/**
 * CoreNLP's own quotes: QuoteAnnotator with QuoteAttributionAnnotator over the whole article text. Attribution
 * needs coreference in CoreNLP 4.5.10; this is the cheapest pipeline that runs it (docs/evaluation.md). CoreNLP
 * has no quote kinds: every quote is reported as DIRECT, and none as SCARE. Calls are serialised because
 * attribution is not thread-safe.
 */
public final class CoreNlpQuoteBaseline {
    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteBaseline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The pipeline settings, for the record in docs/evaluation.md. */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        // One CRF instead of three, no fine-grained, numeric or SUTime passes: attribution reads only PERSON.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        return props;
    }

    /** The quotes of the document, spans without the quotation marks, speakers by name. */
    public synchronized List<ScoredQuote> quotes(Document document) {
        CoreDocument annotated = new CoreDocument(document.text());
        pipeline.annotate(annotated);
        List<ScoredQuote> quotes = new ArrayList<>();
        for (CoreQuote quote : annotated.quotes()) {
            Span span = withoutMarks(
                    document.text(),
                    quote.quoteCharOffsets().first(),
                    quote.quoteCharOffsets().second());
            String speaker = quote.canonicalSpeaker().orElse(quote.speaker().orElse(""));
            quotes.add(
                    ScoredQuote.system(document.id(), QuoteKind.DIRECT, span, span.of(document.text()), "", speaker));
        }
        return quotes;
    }

    static Span withoutMarks(String text, int begin, int end) {
        int start = Math.max(0, begin);
        int stop = Math.min(text.length(), end);
        while (start < stop && isMarkOrSpace(text.charAt(start))) {
            start++;
        }
        while (stop > start && isMarkOrSpace(text.charAt(stop - 1))) {
            stop--;
        }
        return new Span(start, stop);
    }

    private static boolean isMarkOrSpace(char c) {
        return Character.isWhitespace(c) || "\"'\u201c\u201d\u2018\u2019`\u00ab\u00bb".indexOf(c) >= 0;
    }
}
