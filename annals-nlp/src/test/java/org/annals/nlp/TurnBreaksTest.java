package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

class TurnBreaksTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private static final String CREDITED = "“/``/O/2/punct Prices/NNS/O/2/nsubj fell/VBD/O/5/ccomp ,/,/O/2/punct"
            + " ”/''/O/2/punct said/VBD/O/-1/root Ruiz/NNP/PERSON/5/nsubj ././O/5/punct";

    private static Document nextParagraph(String sentence) {
        return HandDocuments.paragraphs(TUESDAY, List.of(List.of(CREDITED), List.of(sentence)));
    }

    /**
     * A paragraph "“...,” smiled executive Ken Gude." after a credited quote, "smiled" parsed as an adjective and no
     * cue: the person its sentence names is no reason to give the quotation the speaker of the paragraph before (with
     * a cue, "tweeted", the name is the speaker: {@code InvertedCuesTest}).
     */
    @Test
    void regressionQuotationWhoseSentenceNamesAnotherPersonDoesNotGoOnInThePreviousTurn() {
        Document done = quoted(nextParagraph(
                "“/``/O/3/punct Ships/NNS/O/3/nsubj must/MD/O/3/aux wait/VB/O/-1/root ,/,/O/3/punct ”/''/O/3/punct"
                        + " smiled/JJ/O/9/amod executive/NN/O/9/compound Ken/NNP/PERSON/9/compound"
                        + " Gude/NNP/PERSON/3/dep ././O/3/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "Prices fell")));
        assertEquals("", speaker(done, quote(done, "Ships must wait")));
    }

    /** A person named inside the quotation is talked about, not talking: the turn goes on. */
    @Test
    void personNamedInsideTheQuotationKeepsTheTurn() {
        Document done = quoted(
                nextParagraph("“/``/O/3/punct Gude/NNP/PERSON/3/nsubj must/MD/O/3/aux wait/VB/O/-1/root ././O/3/punct"
                        + " ”/''/O/3/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "Gude must wait .")));
    }

    /** The turn's own speaker named again in the sentence ("Ruiz, smiling.") does not end it. */
    @Test
    void theSameSpeakerNamedAgainKeepsTheTurn() {
        Document done = quoted(nextParagraph(
                "“/``/O/3/punct Ships/NNS/O/3/nsubj must/MD/O/3/aux wait/VB/O/-1/root ,/,/O/3/punct ”/''/O/3/punct"
                        + " Ruiz/NNP/PERSON/3/dep ././O/3/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "Ships must wait")));
    }
}
