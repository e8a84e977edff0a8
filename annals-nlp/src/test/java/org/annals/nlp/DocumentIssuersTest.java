package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/**
 * Indirect speech credited to a document speaks for who issued it: the subject of the verb that released it, also
 * where the parser split that subject's name into a passive, and the "by" phrase of a participle on the document.
 */
class DocumentIssuersTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /**
     * "The Harbour Task Force Operation Steady Resolve released a statement saying the drill ended": the parser took
     * "Resolve", tagged a verb, for a passive's auxiliary and the name for a passive subject. The name released the
     * statement, so it speaks.
     */
    @Test
    void regressionANameWordTakenForAPassiveAuxiliaryLeavesTheVerbActive() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/5/det Harbour/NNP/ORGANIZATION/5/compound Task/NNP/ORGANIZATION/5/compound",
                "Force/NNP/ORGANIZATION/5/compound Operation/NN/ORGANIZATION/5/compound",
                "Steady/NNP/ORGANIZATION/7/nsubj:pass Resolve/VB/ORGANIZATION/7/aux:pass",
                "released/VBN/O/-1/root a/DT/O/9/det statement/NN/O/7/obj saying/VBG/O/9/acl",
                "the/DT/O/12/det drill/NN/O/13/nsubj ended/VBD/O/10/ccomp ././O/7/punct"));
        assertEquals("Harbour Task Force Operation Steady Resolve", speaker(done, quote(done, "the drill ended")));
    }

    /** "The drill report was released, saying the drill ended": a real passive still names no issuer. */
    @Test
    void aPassiveWithItsAuxiliaryStaysPassive() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det statement/NN/O/3/nsubj:pass was/VBD/O/3/aux:pass released/VBN/O/-1/root",
                "saying/VBG/O/3/advcl the/DT/O/6/det drill/NN/O/7/nsubj ended/VBD/O/4/ccomp ././O/3/punct"));
        assertEquals("A statement", speaker(done, quote(done, "the drill ended")));
    }

    /**
     * "According to a memo posted online by Senator Ana Ruiz, the council cancelled its hearing": the parser made
     * "posted" a cue whose subject is the memo; the "by" phrase names who put the memo out.
     */
    @Test
    void regressionADocumentAParticiplesByPhraseCreditsSpeaksForItsAuthor() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case to/IN/O/0/fixed a/DT/O/3/det memo/NN/O/-1/root posted/VBD/O/3/acl",
                "online/JJ/O/4/obj by/IN/O/9/case Senator/NNP/O/9/compound Ana/NNP/PERSON/9/compound",
                "Ruiz/NNP/PERSON/4/obl ,/,/O/9/punct the/DT/O/12/det council/NN/O/13/nsubj",
                "cancelled/VBD/O/9/dep its/PRP$/O/15/nmod:poss hearing/NN/O/13/obj ././O/3/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "the council cancelled its hearing")));
    }

    /** "a memo posted online on Monday": a participle without a "by" phrase credits nobody beyond the memo. */
    @Test
    void aDocumentsParticipleWithoutAByPhraseCreditsNoAuthor() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case to/IN/O/0/fixed a/DT/O/3/det memo/NN/O/-1/root posted/VBD/O/3/acl",
                "online/JJ/O/4/obj on/IN/O/7/case Monday/NNP/DATE/4/obl ,/,/O/7/punct the/DT/O/10/det",
                "council/NN/O/11/nsubj cancelled/VBD/O/7/dep its/PRP$/O/13/nmod:poss hearing/NN/O/11/obj",
                "././O/3/punct"));
        assertEquals("a memo", speaker(done, quote(done, "the council cancelled its hearing")));
    }
}
