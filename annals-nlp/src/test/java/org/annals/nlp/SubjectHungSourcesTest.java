package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class SubjectHungSourcesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "According to the CDC, treatment [obl: CDC] requires shots": the source vouches for the clause, not the noun. */
    @Test
    void regressionAccordingToHungOnTheSubjectVouchesForTheWholeClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case",
                "to/TO/O/0/fixed",
                "the/DT/O/3/det",
                "CDC/NNP/ORGANIZATION/5/obl",
                ",/,/O/5/punct",
                "treatment/NN/O/6/nsubj",
                "requires/VBZ/O/-1/root",
                "shots/NNS/O/6/obj",
                "././O/6/punct"));
        Quote quote = quote(done, "treatment requires shots");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("CDC", speaker(done, quote));
    }

    /** "Prices, according to the BBC, rose": a phrase after the subject is left to the parse as it is. */
    @Test
    void aSourceAfterTheSubjectDoesNotOpenIt() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "Prices/NNS/O/6/nsubj",
                ",/,/O/0/punct",
                "according/VBG/O/5/case",
                "to/TO/O/2/fixed",
                "the/DT/O/5/det",
                "BBC/NNP/ORGANIZATION/0/nmod",
                "rose/VBD/O/-1/root",
                "././O/6/punct");
        List<Token> tokens = parsed.tokens();
        Span phrase =
                new Span(tokens.get(2).span().start(), tokens.get(5).span().end());
        assertEquals(tokens.get(0), SubjectHungSources.clauseOf(tokens, tokens.get(0), phrase));
    }
}
