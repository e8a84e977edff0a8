package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

/** What a court or a jury "decided" or "determined" with a finite clause of its own is a finding it reports. */
class CourtFindingsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    @Test
    void courtDecidingAClauseReportsAFinding() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "unanimous/JJ/O/2/amod",
                "court/NN/O/3/nsubj",
                "decided/VBD/O/-1/root",
                "their/PRP$/O/5/nmod:poss",
                "actions/NNS/O/8/nsubj",
                "did/VBD/O/8/aux",
                "not/RB/O/8/advmod",
                "qualify/VB/O/3/ccomp",
                "././O/3/punct"));
        assertEquals(
                QuoteKind.INDIRECT, quote(done, "their actions did not qualify").kind());
        assertEquals("decide", quote(done, "their actions did not qualify").cue());
    }

    /** "The company decided it would close the plant": a decision, not a finding; "decided to" is a plan. */
    @Test
    void othersDecidingMakeNoQuote() {
        Document company = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "company/NN/O/2/nsubj",
                "decided/VBD/O/-1/root",
                "it/PRP/O/5/nsubj",
                "would/MD/O/5/aux",
                "close/VB/O/2/ccomp",
                "the/DT/O/7/det",
                "plant/NN/O/5/obj",
                "././O/2/punct"));
        assertEquals(List.of(), company.quotes());
        Document plan = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "jury/NN/O/2/nsubj",
                "decided/VBD/O/-1/root",
                "to/TO/O/4/mark",
                "acquit/VB/O/2/xcomp",
                "././O/2/punct"));
        assertEquals(List.of(), plan.quotes());
    }

    @Test
    void courtDeterminingAClauseReportsAFinding() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "court/NN/O/2/nsubj",
                "determined/VBD/O/-1/root",
                "the/DT/O/4/det",
                "driver/NN/O/7/nsubj",
                "was/VBD/O/7/cop",
                "a/DT/O/7/det",
                "danger/NN/O/2/ccomp",
                "././O/2/punct"));
        assertEquals("determine", quote(done, "the driver was a danger").cue());
    }

    /** "Police determined the car had come from the base": finding something out, not a finding reported. */
    @Test
    void othersDeterminingMakeNoQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Police/NNS/O/1/nsubj",
                "determined/VBD/O/-1/root",
                "the/DT/O/3/det",
                "car/NN/O/5/nsubj",
                "had/VBD/O/5/aux",
                "come/VBN/O/1/ccomp",
                "from/IN/O/8/case",
                "the/DT/O/8/det",
                "base/NN/O/5/obl",
                "././O/1/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "sought to determine whether the acts were fraud": an open question is no finding. */
    @Test
    void determiningWhetherMakesNoQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "court/NN/O/2/nsubj",
                "determined/VBD/O/-1/root",
                "whether/IN/O/7/mark",
                "the/DT/O/5/det",
                "acts/NNS/O/7/nsubj",
                "were/VBD/O/7/cop",
                "fraud/NN/O/2/ccomp",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "to determine how this influences the ratio": a question word opens a question, no finding. */
    @Test
    void determiningHowMakesNoQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "court/NN/O/2/nsubj",
                "determined/VBD/O/-1/root",
                "how/WRB/O/5/advmod",
                "this/DT/O/5/nsubj",
                "influences/VBZ/O/2/ccomp",
                "the/DT/O/7/det",
                "ratio/NN/O/5/obj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }
}
