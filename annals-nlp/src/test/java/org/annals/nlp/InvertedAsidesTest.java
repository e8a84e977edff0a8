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
import org.junit.jupiter.api.Test;

class InvertedAsidesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /**
     * "It is not for the Court to opine about the motivations, argued the government's lawyer, Richard Keen." (CoreNLP's
     * parse: the cue a loose dependent of the clause's verb, the speaker its object): an inverted cue that closes its
     * sentence reports the clause before its comma.
     */
    @Test
    void regressionInvertedCueClosingItsSentenceReportsTheClauseBefore() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "It/PRP/O/6/nsubj",
                "is/VBZ/O/6/cop",
                "not/RB/O/6/advmod",
                "for/IN/O/6/mark",
                "courts/NNS/O/6/nsubj",
                "to/TO/O/6/mark",
                "opine/VB/O/-1/root",
                ",/,/O/6/punct",
                "argued/VBD/O/6/dep",
                "the/DT/O/10/det",
                "government/NN/O/12/nmod:poss",
                "'s/POS/O/10/case",
                "lawyer/NN/O/8/obj",
                ",/,/O/12/punct",
                "Richard/NNP/PERSON/15/compound",
                "Keen/NNP/PERSON/12/appos",
                "././O/6/punct"));
        Quote quote = quote(done, "It is not for courts to opine");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Richard Keen", speaker(done, quote));
    }

    /** "Prices will rise, said Ana Ruiz." with the speaker parsed as the root cue's object, the clause its complement. */
    @Test
    void regressionInvertedCueWithANamedObjectAfterItsComplementNamesTheSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Prices/NNS/O/2/nsubj",
                "will/MD/O/2/aux",
                "rise/VB/O/4/ccomp",
                ",/,/O/4/punct",
                "said/VBD/O/-1/root",
                "Ana/NNP/PERSON/6/compound",
                "Ruiz/NNP/PERSON/4/obj",
                "././O/4/punct"));
        Quote quote = quote(done, "Prices will rise");
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "The company cut jobs, closed plants, announced the sale.": a list of predicates ends the same way. */
    @Test
    void aListOfPredicatesEndingInACueIsNoInvertedAttribution() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "company/NN/O/2/nsubj",
                "cut/VBD/O/-1/root",
                "jobs/NNS/O/2/obj",
                ",/,/O/5/punct",
                "closed/VBD/O/2/conj",
                "plants/NNS/O/5/obj",
                ",/,/O/8/punct",
                "announced/VBD/O/2/parataxis",
                "the/DT/O/10/det",
                "sale/NN/O/8/obj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes(), done.quotes().toString());
    }
}
