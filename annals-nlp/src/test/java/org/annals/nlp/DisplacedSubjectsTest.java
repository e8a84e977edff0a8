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

    /**
     * "[Speaking] nsubj to Acme News, the head of the union, Ana Ruiz, said "..."" (CoreNLP's parse): the opening
     * participle is no subject; the name before the verb is.
     */
    @Test
    void regressionAnOpeningParticipleParsedAsTheSubjectLeavesTheNameBeforeTheVerb() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Speaking/VBG/O/14/nsubj",
                "to/IN/O/3/case",
                "Acme/NNP/ORGANIZATION/3/compound",
                "News/NNP/ORGANIZATION/0/obl",
                ",/,/O/3/punct",
                "the/DT/O/6/det",
                "head/NN/O/3/appos",
                "of/IN/O/9/case",
                "the/DT/O/9/det",
                "union/NN/O/6/nmod",
                ",/,/O/3/punct",
                "Ana/NNP/PERSON/12/compound",
                "Ruiz/NNP/PERSON/3/appos",
                ",/,/O/3/punct",
                "said/VBD/O/-1/root",
                ",/,/O/14/punct",
                "“/``/O/14/punct",
                "We/PRP/O/18/nsubj",
                "agree/VBP/O/14/ccomp",
                "././O/14/punct",
                "”/''/O/14/punct"));
        assertEquals(
                "Ruiz",
                DisplacedSubjects.of(done.tokens(), done.tokens().get(14))
                        .orElseThrow()
                        .word());
        assertEquals("Ana Ruiz", speaker(done, quote(done, "We agree .")));
    }

    /**
     * "[Writing] nsubj for the court, Justice Ana Ruiz declared in the opinion, "..."": "declare" is no cue of a
     * quotation, so the participle is the cue, and it shares the subject of the verb it opens.
     */
    @Test
    void regressionAnOpeningParticipleCueSharesTheSubjectOfItsVerb() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Writing/VBG/O/7/nsubj",
                "for/IN/O/3/case",
                "the/DT/O/3/det",
                "court/NN/O/0/obl",
                ",/,/O/3/punct",
                "Justice/NNP/O/6/compound",
                "Ruiz/NNP/PERSON/3/appos",
                "declared/VBD/O/-1/root",
                "in/IN/O/10/case",
                "the/DT/O/10/det",
                "opinion/NN/O/7/obl",
                ",/,/O/7/punct",
                "“/``/O/7/punct",
                "no/DT/O/14/det",
                "crime/NN/O/15/nsubj",
                "occurred/VBD/O/7/ccomp",
                "././O/7/punct",
                "”/''/O/7/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "no crime occurred .")));
    }

    /** "[Speaking] nsubj to Acme News angered Kim": a gerund subject with no comma before its verb stays one. */
    @Test
    void aGerundSubjectWithoutACommaBeforeItsVerbStaysTheSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Speaking/VBG/O/4/nsubj",
                "to/IN/O/3/case",
                "Acme/NNP/ORGANIZATION/3/compound",
                "News/NNP/ORGANIZATION/0/obl",
                "angered/VBD/O/-1/root",
                "Kim/NNP/PERSON/4/obj",
                "././O/4/punct"));
        assertTrue(DisplacedSubjects.of(done.tokens(), done.tokens().get(4)).isEmpty());
        assertTrue(DisplacedSubjects.of(done.tokens(), done.tokens().get(0)).isEmpty());
    }
}
