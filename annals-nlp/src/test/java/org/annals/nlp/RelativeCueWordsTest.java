package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class RelativeCueWordsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "which Ana Ruiz has said may be ready": the parse made the cue a clausal subject of the predicate. */
    @Test
    void regressionACueInARelativeClauseParsedAsASubjectReportsThePredicateAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "mission/NN/O/13/nsubj:pass",
                ",/,/O/1/punct",
                "which/WDT/O/7/obj",
                "Ana/NNP/PERSON/5/compound",
                "Ruiz/NNP/PERSON/7/nsubj",
                "has/VBZ/O/7/aux",
                "said/VBN/O/10/csubj",
                "may/MD/O/10/aux",
                "be/VB/O/10/cop",
                "ready/JJ/O/1/acl:relcl",
                ",/,/O/10/punct",
                "was/VBD/O/13/aux:pass",
                "delayed/VBN/O/-1/root",
                "././O/13/punct"));
        Quote quote = quote(done, "may be ready");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "which his wife Ana said was due to illness": a reporter may open with a possessive. */
    @Test
    void regressionAReporterOpeningWithAPossessiveIsTheRelativeClausesReporter() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "He/PRP/O/1/nsubj",
                "resigned/VBD/O/-1/root",
                ",/,/O/1/punct",
                "which/WDT/O/7/obj",
                "his/PRP$/O/5/nmod:poss",
                "wife/NN/O/7/nsubj",
                "Ana/NNP/PERSON/5/appos",
                "said/VBD/O/9/csubj",
                "was/VBD/O/9/cop",
                "due/JJ/O/1/parataxis",
                "to/IN/O/11/case",
                "illness/NN/O/9/obl",
                "././O/1/punct"));
        Quote quote = quote(done, "was due to illness");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana", speaker(done, quote));
    }

    /** "asked which Ana said was right": a question word after a verb opens no relative clause. */
    @Test
    void aQuestionWordAfterAVerbOpensNoRelativeReport() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "He/PRP/O/1/nsubj",
                "asked/VBD/O/-1/root",
                "which/WDT/O/4/obj",
                "Ana/NNP/PERSON/4/nsubj",
                "said/VBD/O/6/csubj",
                "was/VBD/O/6/cop",
                "right/JJ/O/1/ccomp",
                "././O/1/punct");
        List<Token> tokens = parsed.tokens();
        assertTrue(RelativeCueWords.clause(tokens, tokens.get(4)).isEmpty());
    }

    /** "the plan, which the minister announced Monday": a cue with an object after it reports no clause. */
    @Test
    void aRelativeCueFollowedByNoFiniteVerbReportsNothing() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "the/DT/O/1/det",
                "plan/NN/O/-1/root",
                ",/,/O/1/punct",
                "which/WDT/O/6/obj",
                "the/DT/O/5/det",
                "minister/NN/O/6/nsubj",
                "announced/VBD/O/1/acl:relcl",
                "Monday/NNP/DATE/6/obl:tmod",
                "././O/1/punct");
        List<Token> tokens = parsed.tokens();
        assertTrue(RelativeCueWords.clause(tokens, tokens.get(6)).isEmpty());
    }
}
