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

/** "feel" with a finite clause of its own reports a belief, as "believe" does; its other complements are no speech. */
class FeltBeliefsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    /** CoreNLP's parse of "Hawkins called for ... but felt those exploiting others should be prosecuted" (missed). */
    @Test
    void regressionAClauseAfterFeltIsTheSubjectsBelief() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Hawkins/NNP/PERSON/1/nsubj called/VBD/O/-1/root for/IN/O/4/case the/DT/O/4/det"
                        + " decriminalization/NN/O/1/obl of/IN/O/6/case drugs/NNS/O/4/nmod but/CC/O/8/cc"
                        + " felt/VBD/O/1/conj those/DT/O/11/det exploiting/VBG/O/11/amod others/NNS/O/14/nsubj:pass"
                        + " should/MD/O/14/aux be/VB/O/14/aux:pass prosecuted/VBN/O/8/ccomp ././O/1/punct"));

        Quote belief = quote(done, "those exploiting others should be prosecuted");
        assertEquals(QuoteKind.INDIRECT, belief.kind());
        assertEquals("Hawkins", speaker(done, belief));
    }

    /** CoreNLP's parse of "Ana Ruiz felt the need to rest": a noun phrase and its infinitive are a sensation. */
    @Test
    void aNeedFeltIsNoReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj felt/VBD/O/-1/root the/DT/O/4/det"
                        + " need/NN/O/2/obj to/TO/O/6/mark rest/VB/O/2/xcomp ././O/2/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of "Ana Ruiz felt sick after the flight": an adjective is a mood. */
    @Test
    void aMoodFeltIsNoReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj felt/VBD/O/-1/root sick/JJ/O/2/xcomp"
                        + " after/IN/O/6/case the/DT/O/6/det flight/NN/O/2/obl ././O/2/punct"));

        assertEquals(List.of(), texts(done));
    }
}
