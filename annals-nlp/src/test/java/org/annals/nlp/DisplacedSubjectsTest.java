package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

class DisplacedSubjectsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "[On Friday Acme Motors] obl announced ..." (CoreNLP's parse): the name after the date is the subject. */
    @Test
    void regressionANameAfterAnOpeningDateWithoutItsCommaIsTheSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "On/IN/O/3/case",
                "Friday/NNP/DATE/3/compound",
                "Acme/NNP/ORGANIZATION/3/compound",
                "Motors/NNP/ORGANIZATION/4/obl",
                "announced/VBD/O/-1/root",
                "the/DT/O/6/det",
                "regulator/NN/O/8/nsubj",
                "was/VBD/O/8/aux",
                "investigating/VBG/O/4/ccomp",
                "the/DT/O/10/det",
                "cars/NNS/O/8/obj",
                "././O/4/punct"));
        Quote report = quote(done, "the regulator was investigating the cars");
        assertEquals("Acme Motors", speaker(done, report));
    }

    /** "[On Thursday officials] obl reported cases rose": a subject that names nobody still reports. */
    @Test
    void regressionACommonNounAfterAnOpeningDateReports() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "On/IN/O/2/case",
                "Thursday/NNP/DATE/2/compound",
                "officials/NNS/O/3/obl",
                "reported/VBD/O/-1/root",
                "cases/NNS/O/5/nsubj",
                "rose/VBD/O/3/ccomp",
                "././O/3/punct"));
        quote(done, "cases rose");
    }

    /** "On Friday in Paris reported ...": a second preposition makes the run no date and a subject. */
    @Test
    void aPrepositionalPhraseAfterTheDateIsNoSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "On/IN/O/4/case",
                "Friday/NNP/DATE/4/compound",
                "in/IN/O/4/case",
                "the/DT/O/4/det",
                "capital/NN/O/5/obl",
                "reported/VBD/O/-1/root",
                "cases/NNS/O/7/nsubj",
                "rose/VBD/O/5/ccomp",
                "././O/5/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }
}
