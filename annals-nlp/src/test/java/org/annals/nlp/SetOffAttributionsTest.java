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

class SetOffAttributionsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "..., officials said, spilled": the parse took the reporter for an apposition of the clause's subject. */
    @Test
    void regressionAnAsideWhoseReporterTheParseHungOnTheSubjectIsReadFromTheWords() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Around/RB/O/1/advmod",
                "50/CD/NUMBER/2/nummod",
                "gallons/NNS/O/7/nsubj",
                "of/IN/O/4/case",
                "fuel/NN/O/2/nmod",
                ",/,/O/2/punct",
                "officials/NNS/O/2/appos",
                "said/VBD/O/-1/root",
                ",/,/O/7/punct",
                "spilled/VBD/O/7/conj",
                "and/CC/O/11/cc",
                "ignited/VBD/O/7/conj",
                "././O/7/punct"));
        Quote quote = quote(done, "Around 50 gallons of fuel , officials said , spilled and ignited");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("officials", speaker(done, quote));
    }

    /** ", they reason,": after a subject pronoun a cue word the tagger made a noun is the aside's verb. */
    @Test
    void regressionACueWordTaggedANounAfterASubjectPronounSetsOffAnAside() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Better/JJR/O/1/amod",
                "toilets/NNS/O/-1/root",
                ",/,/O/4/punct",
                "they/PRP/O/4/nsubj",
                "reason/NN/O/1/parataxis",
                ",/,/O/4/punct",
                "could/MD/O/7/aux",
                "save/VB/O/1/dep",
                "water/NN/O/7/obj",
                "././O/1/punct"));
        Quote quote = quote(done, "Better toilets , they reason , could save water");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("reason", quote.cue());
    }

    /** "The bridge is safe, engineers said, adding ...": a participle after the aside is the reporter's next act. */
    @Test
    void anAsideFollowedByAParticipleOrACoordinatorReportsNoClauseAroundIt() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "bridge/NN/O/3/nsubj",
                "is/VBZ/O/3/cop",
                "safe/JJ/O/-1/root",
                ",/,/O/3/punct",
                "engineers/NNS/O/6/nsubj",
                "said/VBD/O/3/parataxis",
                ",/,/O/6/punct",
                "adding/VBG/O/6/advcl",
                "repairs/NNS/O/10/nsubj",
                "ended/VBD/O/8/ccomp",
                "././O/3/punct");
        List<Token> tokens = parsed.tokens();
        assertTrue(SetOffAttributions.clause(tokens, tokens.get(6), t -> false).isEmpty());
    }

    /** "In a statement, the ministry said, on Monday": no finite verb outside the aside, no clause reported. */
    @Test
    void anAsideAmongPhrasesWithoutAFiniteVerbReportsNothing() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "In/IN/O/2/case",
                "a/DT/O/2/det",
                "statement/NN/O/6/obl",
                ",/,/O/2/punct",
                "the/DT/O/5/det",
                "ministry/NN/O/6/nsubj",
                "said/VBD/O/-1/root",
                ",/,/O/6/punct",
                "on/IN/O/9/case",
                "Monday/NNP/DATE/6/obl",
                "././O/6/punct");
        List<Token> tokens = parsed.tokens();
        assertTrue(SetOffAttributions.clause(tokens, tokens.get(6), t -> false).isEmpty());
        assertTrue(quoted(parsed).quotes().isEmpty(), quoted(parsed).quotes().toString());
    }
}
