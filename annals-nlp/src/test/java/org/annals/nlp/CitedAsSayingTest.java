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

class CitedAsSayingTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "quoted Ana Ruiz as [saying] discourse the talks had [failed] advcl": the one quoted speaks, not the quoter. */
    @Test
    void regressionQuotedAsSayingHungOnTheClauseIsTheObjectsIndirectQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Reuters/NNP/ORGANIZATION/1/nsubj",
                "quoted/VBD/O/-1/root",
                "Ana/NNP/PERSON/3/compound",
                "Ruiz/NNP/PERSON/1/obj",
                "as/IN/O/10/mark",
                "saying/VBG/O/10/discourse",
                "the/DT/O/7/det",
                "talks/NNS/O/10/nsubj",
                "had/VBD/O/10/aux",
                "already/RB/O/10/advmod",
                "failed/VBN/O/1/advcl",
                "././O/1/punct"));
        Quote quote = quote(done, "the talks had already failed");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("say", quote.cue());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /**
     * "It cited the Air Force as [stating] amod Saha [Airlines] owned the plane, and claimed ...": the participle hung
     * on the clause's subject; the clause ends with its verb's words, before the citer's second verb.
     */
    @Test
    void regressionCitedAsStatingWithTheParticipleOnTheSubjectEndsBeforeTheCitersNextVerb() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "magazine/NN/O/2/nsubj",
                "cited/VBD/O/-1/root",
                "the/DT/O/5/det",
                "Air/NNP/ORGANIZATION/5/compound",
                "Force/NNP/ORGANIZATION/2/obj",
                "as/IN/O/10/mark",
                "stating/VBG/O/9/amod",
                "Saha/NNP/ORGANIZATION/9/compound",
                "Airlines/NNPS/ORGANIZATION/10/nsubj",
                "owned/VBD/O/2/advcl",
                "the/DT/O/12/det",
                "plane/NN/O/10/obj",
                ",/,/O/2/punct",
                "and/CC/O/15/cc",
                "claimed/VBD/O/2/conj",
                "a/DT/O/17/det",
                "death/NN/O/15/obj",
                "././O/2/punct"));
        Quote quote = quote(done, "Saha Airlines owned the plane");
        assertEquals("Air Force", speaker(done, quote));
    }

    /** "Ana Ruiz was quoted as saying ...": in the passive the subject is the one quoted. */
    @Test
    void thePassiveSubjectIsTheOneQuoted() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/3/nsubj:pass",
                "was/VBD/O/3/aux:pass",
                "quoted/VBN/O/-1/root",
                "as/IN/O/9/mark",
                "saying/VBG/O/9/mark",
                "the/DT/O/7/det",
                "talks/NNS/O/9/nsubj",
                "had/VBD/O/9/aux",
                "failed/VBN/O/3/advcl",
                "././O/3/punct"));
        Quote quote = quote(done, "the talks had failed");
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "pictured Ana Ruiz as saying ...": only a verb of citing or quoting names who said it. */
    @Test
    void aVerbOtherThanCitingNamesNoSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "cartoon/NN/O/2/nsubj",
                "pictured/VBD/O/-1/root",
                "Ana/NNP/PERSON/4/compound",
                "Ruiz/NNP/PERSON/2/obj",
                "as/IN/O/10/mark",
                "saying/VBG/O/10/discourse",
                "the/DT/O/8/det",
                "talks/NNS/O/10/nsubj",
                "had/VBD/O/10/aux",
                "failed/VBN/O/2/advcl",
                "././O/2/punct"));
        assertTrue(
                done.quotes().stream().noneMatch(q -> speaker(done, q).equals("Ana Ruiz")),
                done.quotes().toString());
    }

    /** "cited the figures as evidence the talks had failed": no participle of saying, no quote of the figures. */
    @Test
    void aCitationWithoutAParticipleOfSayingIsNoQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "cited/VBD/O/-1/root",
                "the/DT/O/4/det",
                "figures/NNS/O/2/obj",
                "as/IN/O/6/case",
                "evidence/NN/O/2/obl",
                "the/DT/O/8/det",
                "talks/NNS/O/10/nsubj",
                "had/VBD/O/10/aux",
                "failed/VBN/O/6/acl",
                "././O/2/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }
}
