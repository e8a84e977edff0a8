package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

class ReportNounsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "Ruiz maintained the position that prices rose": the subject of "maintain" holds the position. */
    @Test
    void regressionPositionMaintainedBySomeoneReportsItsThatClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "maintained/VBD/O/-1/root",
                "the/DT/O/4/det",
                "position/NN/O/2/obj",
                "that/IN/O/7/mark",
                "prices/NNS/O/7/nsubj",
                "rose/VBD/O/4/ccomp",
                "././O/2/punct"));
        Quote quote = quote(done, "prices rose");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
        assertEquals("position", quote.cue());
    }

    /** "broached the Times report that ...": the name before the noun holds the report, not the verb's subject. */
    @Test
    void regressionReportNamedBeforeTheNounIsItsHolders() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Trump/NNP/PERSON/1/nsubj",
                "broached/VBD/O/-1/root",
                "the/DT/O/4/det",
                "Times/NNP/ORGANIZATION/4/compound",
                "report/NN/O/1/obj",
                "that/IN/O/8/mark",
                "Russians/NNPS/NATIONALITY/8/nsubj",
                "were/VBD/O/8/aux",
                "paying/VBG/O/4/ccomp",
                "bounties/NNS/O/8/obj",
                "././O/1/punct"));
        Quote quote = quote(done, "Russians were paying bounties");
        assertEquals("Times", speaker(done, quote));
    }

    /** "rejected the claim that was published": a relative clause is no content, and "reject" holds no report. */
    @Test
    void aRelativeClauseOrAnUnheldReportNounReportsNothing() {
        Document relative = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "rejected/VBD/O/-1/root",
                "the/DT/O/3/det",
                "claim/NN/O/1/obj",
                "that/WDT/O/6/nsubj:pass",
                "was/VBD/O/6/aux:pass",
                "published/VBN/O/3/acl:relcl",
                "././O/1/punct"));
        assertTrue(relative.quotes().isEmpty(), relative.quotes().toString());
        Document unheld = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "rejected/VBD/O/-1/root",
                "the/DT/O/3/det",
                "claim/NN/O/1/obj",
                "that/IN/O/6/mark",
                "prices/NNS/O/6/nsubj",
                "rose/VBD/O/3/ccomp",
                "././O/1/punct"));
        assertTrue(unheld.quotes().isEmpty(), unheld.quotes().toString());
    }

    /** ""It is the party's position that ..."": a content clause inside quotation marks is part of the quotation. */
    @Test
    void regressionAContentClauseInsideQuotationMarksIsNoIndirectQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "wrote/VBD/O/-1/root",
                ":/:/O/1/punct",
                "\"/``/O/6/punct",
                "It/PRP/O/6/nsubj",
                "is/VBZ/O/6/cop",
                "our/PRP$/O/6/nmod:poss",
                "position/NN/O/1/parataxis",
                "that/IN/O/10/mark",
                "prices/NNS/O/10/nsubj",
                "rose/VBD/O/7/ccomp",
                "\"/''/O/7/punct",
                "././O/1/punct"));
        assertTrue(
                done.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT),
                done.quotes().toString());
    }
}
