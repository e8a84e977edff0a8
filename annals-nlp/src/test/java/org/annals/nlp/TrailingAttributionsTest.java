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

class TrailingAttributionsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "..., Tehran Times reported.": the parse hung the reporter on the clause as an apposition. */
    @Test
    void regressionTrailingAttributionWithTheReporterHungAsAnAppositionIsReadFromTheWords() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Her/PRP$/O/1/nmod:poss",
                "mother/NN/O/2/nsubj",
                "died/VBD/O/-1/root",
                "after/IN/O/9/mark",
                "contracting/VBG/O/9/nsubj",
                "COVID/NN/O/4/obj",
                ",/,/O/5/punct",
                "Tehran/NNP/ORGANIZATION/8/compound",
                "Times/NNP/ORGANIZATION/5/appos",
                "reported/VBD/O/2/advcl",
                "././O/2/punct"));
        Quote quote = quote(done, "Her mother died after contracting COVID");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Tehran Times", speaker(done, quote));
    }

    /** ", newspaper The Hindu reported.": the cue hung on a noun of a list; the clause before the comma is the report. */
    @Test
    void regressionTrailingAttributionWhoseCueTheParseHungOnANounReportsTheClauseBefore() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Activities/NNS/O/2/nsubj:pass",
                "are/VBP/O/2/aux:pass",
                "held/VBN/O/-1/root",
                ",/,/O/5/punct",
                "including/VBG/O/5/case",
                "yoga/NN/O/2/obl",
                ",/,/O/5/punct",
                "newspaper/NN/O/5/conj",
                "The/DT/ORGANIZATION/9/det",
                "Hindu/NNP/ORGANIZATION/7/dep",
                "reported/VBD/O/7/dep",
                "././O/2/punct"));
        Quote quote = quote(done, "Activities are held , including yoga");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("The Hindu", speaker(done, quote));
    }

    /** "Talks failed, Reuters reported the winners.": an attribution followed by more words is not a trailing one. */
    @Test
    void anAttributionFollowedByMoreWordsIsNotATrailingOne() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "Talks/NNS/O/1/nsubj",
                "failed/VBD/O/-1/root",
                ",/,/O/1/punct",
                "Reuters/NNP/ORGANIZATION/1/appos",
                "reported/VBD/O/3/dep",
                "the/DT/O/6/det",
                "winners/NNS/O/4/obj",
                "././O/1/punct");
        assertTrue(TrailingAttributions.clause(parsed.tokens(), parsed.tokens().get(4), t -> false)
                .isEmpty());
    }

    /** "In a statement on Monday, the ministry said.": a phrase with no finite verb reports nothing. */
    @Test
    void aPhraseWithoutAFiniteVerbBeforeTheAttributionIsNoReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "In/IN/O/1/case",
                "statements/NNS/O/5/obl",
                "on/IN/O/3/case",
                "Monday/NNP/DATE/1/nmod",
                ",/,/O/1/punct",
                "Reuters/NNP/ORGANIZATION/1/appos",
                "reported/VBD/O/-1/root",
                "././O/6/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }

    /** "An official said that talks failed, Reuters reported.": the relayed report keeps its own speaker. */
    @Test
    void regressionAMediumRelayingAReportWithItsOwnSpeakerIsNoTrailingAttribution() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "An/DT/O/1/det",
                "official/NN/O/2/nsubj",
                "said/VBD/O/-1/root",
                "that/IN/O/5/mark",
                "talks/NNS/O/5/nsubj",
                "failed/VBD/O/2/ccomp",
                ",/,/O/8/punct",
                "Cyprus/NNP/ORGANIZATION/8/compound",
                "Mail/NNP/ORGANIZATION/9/nsubj",
                "reported/VBD/O/2/parataxis",
                "././O/2/punct");
        List<Token> tokens = parsed.tokens();
        assertTrue(TrailingAttributions.clause(
                        tokens, tokens.get(9), t -> t.lemma().equals("say"))
                .isEmpty());
        assertTrue(
                TrailingAttributions.clause(tokens, tokens.get(9), t -> false).isPresent());
    }

    /**
     * "..., Johns Hopkins University (JHU) data indicated." (CoreNLP's parse: the university a loose dependent, the cue
     * parataxis): a name counts as one word of the reporter and its bracketed short form as none; a participle that
     * modifies a noun in the clause ("confirmed cases") is no report of its own.
     */
    @Test
    void regressionANameWithItsShortFormInBracketsIsAShortReporter() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Confirmed/VBN/O/1/amod",
                "cases/NNS/O/2/nsubj",
                "surpassed/VBD/O/-1/root",
                "one/CD/O/4/compound",
                "million/CD/O/2/obj",
                ",/,/O/4/punct",
                "Johns/NNP/ORGANIZATION/8/compound",
                "Hopkins/NNP/ORGANIZATION/8/compound",
                "University/NNP/ORGANIZATION/10/dep",
                "(/-LRB-/O/10/punct",
                "JHU/NNP/ORGANIZATION/12/compound",
                ")/-RRB-/O/12/punct",
                "data/NNS/O/13/nsubj",
                "indicated/VBD/O/2/parataxis",
                "././O/2/punct"));
        Quote quote = quote(done, "Confirmed cases surpassed one million");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertTrue(List.of("Johns Hopkins University", "JHU").contains(speaker(done, quote)), speaker(done, quote));
    }

    /**
     * "..., has died, wrestling promotion World Wonder Ring Stardom (Stardom) announced yesterday." (CoreNLP's parse):
     * a gerund before the reporter's noun modifies it, and a time after the cue says when the report was made.
     */
    @Test
    void regressionAReporterWithAGerundModifierAndATimeAfterTheCue() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Kimura/NNP/PERSON/2/nsubj",
                "has/VBZ/O/2/aux",
                "died/VBN/O/-1/root",
                ",/,/O/2/punct",
                "wrestling/VBG/O/2/dep",
                "promotion/NN/O/8/compound",
                "World/NN/ORGANIZATION/8/compound",
                "Wonder/NN/ORGANIZATION/8/compound",
                "Stardom/NNP/ORGANIZATION/4/obj",
                "(/-LRB-/O/10/punct",
                "Stardom/NNP/ORGANIZATION/8/appos",
                ")/-RRB-/O/10/punct",
                "announced/VBD/O/4/dep",
                "yesterday/NN/DATE/12/obl:tmod",
                "././O/2/punct"));
        Quote quote = quote(done, "Kimura has died");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("World Wonder Stardom", speaker(done, quote));
    }

    /** "Talks failed, Reuters reported on the talks.": a phrase after the cue that names no time is no trailing one. */
    @Test
    void aPhraseAfterTheCueThatNamesNoTimeIsNoTrailingAttribution() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "Talks/NNS/O/1/nsubj",
                "failed/VBD/O/-1/root",
                ",/,/O/1/punct",
                "Reuters/NNP/ORGANIZATION/1/appos",
                "reported/VBD/O/3/dep",
                "on/IN/O/7/case",
                "the/DT/O/7/det",
                "talks/NNS/O/4/obl",
                "././O/1/punct");
        assertTrue(TrailingAttributions.clause(parsed.tokens(), parsed.tokens().get(4), t -> false)
                .isEmpty());
    }
}
