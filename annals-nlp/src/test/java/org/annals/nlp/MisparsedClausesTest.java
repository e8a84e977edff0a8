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

class MisparsedClausesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "He said [many areas] nsubj [lost] xcomp water" (CoreNLP's parse): an open complement with a subject. */
    @Test
    void regressionAnOpenComplementWithASubjectOfItsOwnIsTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Reid/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "many/JJ/O/3/amod",
                "areas/NNS/O/4/nsubj",
                "lost/VBN/O/1/xcomp",
                "water/NN/O/4/obj",
                "././O/1/punct"));
        Quote report = quote(done, "many areas lost water");
        assertEquals(QuoteKind.INDIRECT, report.kind());
        assertEquals("Reid", speaker(done, report));
    }

    /**
     * "claimed [victory] nsubj in the vote, which was [marred] xcomp": a relative pronoun before the predicate makes it
     * a relative clause's, not a report.
     */
    @Test
    void anOpenComplementAfterARelativePronounIsNoReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Reid/NNP/PERSON/1/nsubj",
                "claimed/VBD/O/-1/root",
                "victory/NN/O/8/nsubj:pass",
                "in/IN/O/5/case",
                "the/DT/O/5/det",
                "vote/NN/O/2/nmod",
                ",/,/O/8/punct",
                "which/WDT/O/5/dep",
                "was/VBD/O/8/aux:pass",
                "marred/VBN/O/1/xcomp",
                "././O/1/punct"));
        assertTrue(
                done.quotes().stream().noneMatch(q -> q.text().startsWith("victory")),
                done.quotes().toString());
    }
}
