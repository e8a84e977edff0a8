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

    /** "The researchers speculated [the spikes] obj [make] xcomp it dangerous" (CoreNLP's parse): a clause-only cue. */
    @Test
    void regressionAFiniteOpenComplementAfterAClauseCuesObjectIsItsPredicate() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "speculated/VBD/O/-1/root",
                "the/DT/O/4/det",
                "spikes/NNS/O/2/obj",
                "make/VBP/O/2/xcomp",
                "it/PRP/O/7/nsubj",
                "dangerous/JJ/O/5/xcomp",
                "././O/2/punct"));
        Quote report = quote(done, "the spikes make it dangerous");
        assertEquals(QuoteKind.INDIRECT, report.kind());
        assertEquals("Ana Ruiz", speaker(done, report));
    }

    /** "[Ruiz has speculated this pattern] csubj may have occurred" (CoreNLP's parse): the predicate governs the cue. */
    @Test
    void regressionAClauseCueTakenForThePredicatesSubjectReportsTheObjectAndPredicate() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/3/nsubj",
                "has/VBZ/O/3/aux",
                "speculated/VBN/O/9/csubj",
                "this/DT/O/6/det",
                "upwelling/NN/O/6/compound",
                "pattern/NN/O/3/obj",
                "may/MD/O/9/aux",
                "have/VB/O/9/aux",
                "occurred/VBN/O/-1/root",
                "repeatedly/RB/O/9/advmod",
                "././O/9/punct"));
        Quote report = quote(done, "this upwelling pattern may have occurred repeatedly");
        assertEquals("Ana Ruiz", speaker(done, report));
    }

    /** "declared [the law] obj [void] xcomp": a non-finite open complement stays one; a clause-only cue reports nothing. */
    @Test
    void aClauseCuesNonFiniteOpenComplementIsNoReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "declared/VBD/O/-1/root",
                "the/DT/O/4/det",
                "law/NN/O/2/obj",
                "void/JJ/O/2/xcomp",
                "././O/2/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }
}
