package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

class AccordingToClausesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "According to X, A; officials said "B"": the report after the semicolon neither joins nor hides X's clause. */
    @Test
    void regressionASourceVouchesForItsClauseUpToASemicolonThatOpensAnotherReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case",
                "to/TO/O/0/fixed",
                "the/DT/O/3/det",
                "embassy/NN/O/7/obl",
                ",/,/O/7/punct",
                "the/DT/O/6/det",
                "man/NN/O/7/nsubj",
                "died/VBD/O/-1/root",
                ";/:/O/7/punct",
                "officials/NNS/O/10/nsubj",
                "said/VBD/O/7/parataxis",
                "\"/``/O/14/punct",
                "he/PRP/O/14/nsubj",
                "was/VBD/O/14/cop",
                "ill/JJ/O/10/ccomp",
                "\"/''/O/14/punct",
                "././O/7/punct"));
        Quote quote = quote(done, "the man died");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("according to", quote.cue());
        assertEquals(QuoteKind.DIRECT, quote(done, "he was ill").kind());
    }

    /** "Friday was when, according to the plans, crowds were to storm the base": the relative adverb opens no claim. */
    @Test
    void regressionASourceAfterARelativeAdverbVouchesForTheWordsAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Friday/NNP/DATE/1/nsubj",
                "was/VBD/O/-1/root",
                "when/WRB/O/12/advmod",
                ",/,/O/12/punct",
                "according/VBG/O/7/case",
                "to/TO/O/4/fixed",
                "the/DT/O/7/det",
                "plans/NNS/O/12/obl",
                ",/,/O/12/punct",
                "crowds/NNS/O/12/nsubj",
                "were/VBD/O/12/aux",
                "to/TO/O/12/mark",
                "storm/VB/O/1/advcl",
                "the/DT/O/14/det",
                "base/NN/O/12/obj",
                "././O/1/punct"));
        Quote quote = quote(done, "crowds were to storm the base");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("according to", quote.cue());
    }
}
