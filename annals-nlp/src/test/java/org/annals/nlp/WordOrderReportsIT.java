package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Reports read from the word order where CoreNLP's parse loses their shape: the rules must hold on its parses. */
class WordOrderReportsIT {
    private static Document analysed(String paragraph) {
        Metadata metadata = new Metadata("", "", "", LocalDate.of(2025, 9, 2), "en");
        Document document = Document.of("reported", new Provenance("test", "text", "", ""), metadata, paragraph)
                .withBlocks(List.of(new Block(new Span(0, paragraph.length()), BlockKind.BODY, "")));
        return AnalysedDocuments.analyse(document);
    }

    private static Quote quote(Document document, String text) {
        return document.quotes().stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + document.quotes()));
    }

    @Test
    void cueInARelativeClauseParsedAsASubject() {
        Document done =
                analysed("The new launch date depends on the next mission, which agency director Ana Ruiz has said"
                        + " may be ready by October.");
        Quote quote = quote(done, "may be ready by October");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void participleCueOnAConferenceSomeoneHeld() {
        Document done = analysed("The company held a press conference claiming the report was false.");
        Quote quote = quote(done, "the report was false");
        assertEquals("The company", speaker(done, quote));
    }

    @Test
    void asideWithACueWordTaggedANoun() {
        Document done = analysed("Inventions of this kind, they reason, could halve the water used by farms.");
        Quote quote = quote(done, "Inventions of this kind, they reason, could halve the water used by farms");
        assertEquals("reason", quote.cue());
    }

    @Test
    void participleCueAfterTheActsPlaceAndTime() {
        Document done =
                analysed("The minister posted a message on Facebook on Friday announcing he had tested positive.");
        Quote quote = quote(done, "he had tested positive");
        assertEquals("The minister", speaker(done, quote));
    }

    @Test
    void trailingAttributionWithABracketedShortName() {
        Document done = analysed("Confirmed cases in the country rose above one million on Sunday, Johns Hopkins"
                + " University (JHU) data indicated.");
        Quote quote = quote(done, "Confirmed cases in the country rose above one million on Sunday");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
    }

    @Test
    void invertedCueClosingItsSentence() {
        Document done =
                analysed("The court cannot judge the motives of ministers, argued the government's lawyer, Ana Ruiz.");
        Quote quote = quote(done, "The court cannot judge the motives of ministers");
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void cueTaggedANounAfterAPluralSubjectThatNamesPeople() {
        Document done = analysed("In findings published on Tuesday in a journal, a team of biologists report ancient"
                + " farmers kept goats for milk rather than meat.");
        Quote quote = quote(done, "ancient farmers kept goats for milk rather than meat");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("biologists", speaker(done, quote));
    }

    @Test
    void stateTaggedANounAfterAPeoplesName() {
        Document done = analysed("The Armenians state they were defending their villages.");
        Quote quote = quote(done, "they were defending their villages");
        assertEquals("Armenians", speaker(done, quote));
    }
}
