package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

class SetOffParticipleCuesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /**
     * "Ruiz said the bridge was [safe] ccomp, [adding] dep "the road will reopen"" (CoreNLP's parse): the participle
     * hung inside the first report put the quotation inside it, and the report was lost as already quoted.
     */
    @Test
    void regressionQuotationOfAParticipleHungInsideAReportKeepsTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "bridge/NN/O/5/nsubj",
                "was/VBD/O/5/cop",
                "safe/JJ/O/1/ccomp",
                ",/,/O/7/punct",
                "adding/VBG/O/5/dep",
                "\"/``/O/7/punct",
                "the/DT/O/10/det",
                "road/NN/O/12/nsubj",
                "will/MD/O/12/aux",
                "reopen/VB/O/7/ccomp",
                "\"/''/O/7/punct",
                "././O/1/punct"));
        Quote report = quote(done, "the bridge was safe");
        assertEquals(QuoteKind.INDIRECT, report.kind());
        assertEquals("Ruiz", speaker(done, report));
        assertEquals(QuoteKind.DIRECT, quote(done, "the road will reopen").kind());
    }

    /** "said the bridge was safe, adding the road would reopen": the first report ends before the comma. */
    @Test
    void aSetOffParticipleReportIsNotPartOfTheFirstReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "bridge/NN/O/5/nsubj",
                "was/VBD/O/5/cop",
                "safe/JJ/O/1/ccomp",
                ",/,/O/7/punct",
                "adding/VBG/O/5/dep",
                "the/DT/O/9/det",
                "road/NN/O/11/nsubj",
                "would/MD/O/11/aux",
                "reopen/VB/O/7/ccomp",
                "././O/1/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "the bridge was safe")));
    }

    /** "said the bridge was safe, [citing] the engineers": a participle with no reported clause is left in. */
    @Test
    void aParticipleWithoutAClauseStaysInTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "bridge/NN/O/5/nsubj",
                "was/VBD/O/5/cop",
                "safe/JJ/O/1/ccomp",
                ",/,/O/7/punct",
                "citing/VBG/O/5/advcl",
                "the/DT/O/9/det",
                "engineers/NNS/O/7/obj",
                "././O/1/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "the bridge was safe , citing the engineers")));
    }
}
