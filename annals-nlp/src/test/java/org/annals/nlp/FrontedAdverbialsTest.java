package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A fronted "while" clause the parser hung on the main verb as its complement is not what the main verb reports. */
class FrontedAdverbialsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /**
     * "While he believes Kim is wrong, Ana Ruiz stressed the need for cuts": CoreNLP makes "wrong" the complement of
     * "stressed"; Ruiz stressed a need, and the belief is not hers.
     */
    @Test
    void regressionAFrontedWhileClauseIsNoReportOfTheMainVerb() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "While/IN/O/2/mark he/PRP/O/2/nsubj believes/VBZ/O/5/advcl Kim/NNP/PERSON/5/nsubj is/VBZ/O/5/cop",
                "wrong/JJ/O/9/ccomp ,/,/O/9/punct Ana/NNP/PERSON/8/compound Ruiz/NNP/PERSON/9/nsubj",
                "stressed/VBD/O/-1/root the/DT/O/11/det need/NN/O/9/obj for/IN/O/13/case cuts/NNS/O/11/nmod",
                "././O/9/punct"));
        assertTrue(
                done.quotes().stream().noneMatch(q -> q.cue().equals("stress")),
                () -> "no report of \"stressed\" expected: " + done.quotes());
    }

    /** "Although the plan failed, we learned a lot, she said": a cue with nothing after it reports the whole. */
    @Test
    void aFrontedReportEndingInItsCueKeepsItsOpeningClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Although/IN/O/3/mark the/DT/O/2/det plan/NN/O/3/nsubj failed/VBD/O/6/advcl ,/,/O/6/punct",
                "we/PRP/O/6/nsubj learned/VBD/O/11/ccomp a/DT/O/8/det lot/NN/O/6/obj ,/,/O/11/punct",
                "she/PRP/O/11/nsubj said/VBD/O/-1/root ././O/11/punct"));
        assertEquals(
                org.annals.core.QuoteKind.INDIRECT,
                quote(done, "Although the plan failed , we learned a lot").kind());
    }
}
