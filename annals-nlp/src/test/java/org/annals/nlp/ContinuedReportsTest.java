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

class ContinuedReportsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "Reports said [116 people died], while the number rose" (CoreNLP hangs the "while" clause on the cue). */
    @Test
    void regressionAWhileClauseAfterTheReportGoesOnWithIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Reports/NNS/O/1/nsubj",
                "said/VBD/O/-1/root",
                "at/IN/O/3/case",
                "least/RBS/O/4/obl:npmod",
                "116/CD/O/5/nummod",
                "people/NNS/O/6/nsubj",
                "died/VBD/O/1/ccomp",
                ",/,/O/1/punct",
                "while/IN/O/13/mark",
                "the/DT/O/10/det",
                "number/NN/O/13/nsubj",
                "of/IN/O/12/case",
                "casualties/NNS/O/10/nmod",
                "rose/VBD/O/1/advcl",
                "././O/1/punct"));
        Quote report = quote(done, "at least 116 people died , while the number of casualties rose");
        assertEquals(QuoteKind.INDIRECT, report.kind());
    }

    /** "has said [cases rose] because the government eased restrictions": a cause of the reported event. */
    @Test
    void regressionABecauseClauseAfterTheReportGoesOnWithItWhateverTheCuesTense() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/3/nsubj",
                "has/VBZ/O/3/aux",
                "said/VBN/O/-1/root",
                "cases/NNS/O/5/nsubj",
                "rose/VBD/O/3/ccomp",
                "because/IN/O/9/mark",
                "the/DT/O/8/det",
                "government/NN/O/9/nsubj",
                "eased/VBD/O/3/advcl",
                "restrictions/NNS/O/9/obj",
                "././O/3/punct"));
        Quote report = quote(done, "cases rose because the government eased restrictions");
        assertEquals("Ana Ruiz", speaker(done, report));
    }

    /** "said A, while the chief said B": the "while" clause reports another speaker's words. */
    @Test
    void aWhileClauseWithAReportOfItsOwnIsNotTheFirstReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "mayor/NN/O/2/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/4/det",
                "bridge/NN/O/6/nsubj:pass",
                "was/VBD/O/6/aux:pass",
                "closed/VBN/O/2/ccomp",
                ",/,/O/2/punct",
                "while/IN/O/12/mark",
                "the/DT/O/11/det",
                "police/NN/O/11/compound",
                "chief/NN/O/12/nsubj",
                "said/VBD/O/2/advcl",
                "it/PRP/O/15/nsubj",
                "was/VBD/O/15/cop",
                "open/JJ/O/12/ccomp",
                "././O/2/punct"));
        quote(done, "the bridge was closed");
        quote(done, "it was open");
    }

    /** "said A, as crews arrived": "as" may time the act of saying, so the clause is left out of the report. */
    @Test
    void anAsClauseAfterTheReportIsLeftOut() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "mayor/NN/O/2/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/4/det",
                "bridge/NN/O/6/nsubj:pass",
                "was/VBD/O/6/aux:pass",
                "closed/VBN/O/2/ccomp",
                ",/,/O/2/punct",
                "as/IN/O/10/mark",
                "crews/NNS/O/10/nsubj",
                "arrived/VBD/O/2/advcl",
                "././O/2/punct"));
        quote(done, "the bridge was closed");
    }
}
