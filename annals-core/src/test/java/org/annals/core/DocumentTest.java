package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private static final String TEXT = "He had left. He sued them. They lost.";

    private static Document threeSentences() {
        List<Sentence> sentences = List.of(
                new Sentence(0, new Span(0, 12), 0, 0),
                new Sentence(1, new Span(13, 26), 0, 0),
                new Sentence(2, new Span(27, 37), 0, 0));
        return Document.of("d1", new Provenance("test", "text", "", ""), Metadata.EMPTY, TEXT)
                .withSentencesAndTokens(sentences, List.of());
    }

    @Test
    void theSentenceBeforeIsTheOneWithThePreviousIndex() {
        Document document = threeSentences();
        Optional<Sentence> before = document.sentenceBefore(document.sentences().get(2));
        assertEquals("He sued them.", document.textOf(before.orElseThrow().span()));
    }

    @Test
    void theFirstSentenceHasNoneBefore() {
        Document document = threeSentences();
        assertTrue(document.sentenceBefore(document.sentences().get(0)).isEmpty());
    }
}
