package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

/** Statements printed after "X said:" as paragraphs: one direct quote of X (docs/quote-annotation.md). */
class ColonStatementsTest {
    private static final LocalDate DAY = LocalDate.of(2016, 7, 3);
    private static final String CREDIT =
            "The/DT/O/1/det Minister/NNP/O/4/nsubj ,/,/O/3/punct Ana/NNP/PERSON/4/compound Ruiz/NNP/PERSON/1/appos"
                    + " said/VBD/O/-1/root :/:/O/5/punct";
    private static final String CONDEMN =
            "I/PRP/O/1/nsubj condemn/VBP/O/-1/root the/DT/O/3/det attack/NN/O/1/obj ././O/1/punct";
    private static final String STANDS =
            "The/DT/O/1/det UK/NNP/LOCATION/2/nsubj stands/VBZ/O/-1/root by/IN/O/4/case Iraq/NNP/LOCATION/2/obl"
                    + " ././O/2/punct";

    private static Document paragraphs(String... paragraphs) {
        return HandDocuments.paragraphs(
                DAY, List.of(paragraphs).stream().map(List::of).toList());
    }

    @Test
    void paragraphsAfterSaidAndAColonAreOneDirectQuoteOfTheSpeaker() {
        Document done = quoted(paragraphs(CREDIT, CONDEMN, STANDS));

        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote statement = done.quotes().get(0);
        assertEquals("I condemn the attack .\nThe UK stands by Iraq .", statement.text());
        assertEquals(QuoteKind.DIRECT, statement.kind());
        assertTrue(speaker(done, statement).contains("Ruiz"), speaker(done, statement));
        assertEquals("say", statement.cue());
    }

    @Test
    void regressionAStatementEndsAtTheNextAttribution() {
        Document done = quoted(paragraphs(
                CREDIT,
                CONDEMN,
                "Police/NNS/O/1/nsubj said/VBD/O/-1/root four/CD/O/3/nummod people/NNS/O/4/nsubj died/VBD/O/1/ccomp"
                        + " ././O/1/punct"));

        List<String> texts = done.quotes().stream().map(Quote::text).toList();
        assertTrue(texts.contains("I condemn the attack ."), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("I condemn") && t.contains("Police")), texts.toString());
    }

    /** "for which Daesh has claimed responsibility": a cue without reported words is no new attribution. */
    @Test
    void regressionACueWithoutAReportedClauseGoesOnInTheStatement() {
        Document done = quoted(paragraphs(
                CREDIT,
                CONDEMN,
                "Daesh/NNP/ORGANIZATION/1/nsubj claimed/VBD/O/-1/root responsibility/NN/O/1/obj ././O/1/punct"));

        assertEquals(
                List.of("I condemn the attack .\nDaesh claimed responsibility ."),
                done.quotes().stream().map(Quote::text).toList());
    }

    /** "This independent investigation has concluded that ...": the first paragraph is the statement's by layout. */
    @Test
    void regressionAFirstParagraphThatReportsAFindingIsTheStatement() {
        Document done = quoted(paragraphs(
                CREDIT,
                "The/DT/O/1/det inquiry/NN/O/2/nsubj concluded/VBD/O/-1/root that/IN/O/5/mark Syria/NNP/LOCATION/5/nsubj"
                        + " attacked/VBD/O/2/ccomp ././O/2/punct",
                STANDS));

        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertTrue(done.quotes().get(0).text().startsWith("The inquiry concluded"));
        assertTrue(done.quotes().get(0).text().endsWith("stands by Iraq ."));
    }

    @Test
    void regressionAStatementEndsAtAParagraphAboutTheSpeaker() {
        Document done = quoted(paragraphs(
                CREDIT,
                CONDEMN,
                "Ruiz/NNP/PERSON/1/nsubj visited/VBD/O/-1/root Baghdad/NNP/LOCATION/1/obj ././O/1/punct"));

        assertEquals(
                List.of("I condemn the attack ."),
                done.quotes().stream().map(Quote::text).toList());
    }

    @Test
    void regressionAStatementHandedOverAsTheFollowingStatementIsCredited() {
        Document done = quoted(paragraphs(
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj released/VBD/O/-1/root the/DT/O/5/det"
                        + " following/JJ/O/5/amod statement/NN/O/2/obj :/:/O/2/punct",
                CONDEMN));

        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertEquals("Ana Ruiz", speaker(done, done.quotes().get(0)));
        assertEquals(QuoteKind.DIRECT, done.quotes().get(0).kind());
    }

    @Test
    void aColonAfterANonCueIntroducesNoStatement() {
        Document done = quoted(paragraphs(
                "The/DT/O/1/det schedule/NN/O/2/nsubj is/VBZ/O/-1/root as/IN/O/4/mark follows/VBZ/O/2/advcl"
                        + " :/:/O/2/punct",
                CONDEMN));

        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }

    @Test
    void listItemsAndHeadingsAfterACreditAreNoStatement() {
        Document listed = quoted(paragraphs(
                CREDIT, "-/:/O/1/punct Monday/NNP/O/-1/root :/:/O/1/punct talks/NNS/O/1/appos ././O/1/punct"));
        Document headed = quoted(paragraphs(CREDIT, "Background/NN/O/-1/root", CONDEMN));

        assertTrue(listed.quotes().isEmpty(), listed.quotes().toString());
        assertTrue(headed.quotes().isEmpty(), headed.quotes().toString());
    }

    @Test
    void aQuotedParagraphAfterTheColonIsTheMarkedQuoteOfTheSpeaker() {
        Document done = quoted(
                paragraphs(CREDIT, "“/``/O/2/punct We/PRP/O/2/nsubj win/VBP/O/-1/root ././O/2/punct ”/''/O/2/punct"));

        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote quote = done.quotes().get(0);
        assertEquals("We win .", quote.text());
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertTrue(speaker(done, quote).contains("Ruiz"), speaker(done, quote));
    }

    @Test
    void twoMarkedParagraphsUnderOneCreditAreOneQuote() {
        Document done = quoted(paragraphs(
                CREDIT,
                "“/``/O/2/punct We/PRP/O/2/nsubj win/VBP/O/-1/root ././O/2/punct ”/''/O/2/punct",
                "“/``/O/2/punct They/PRP/O/2/nsubj lose/VBP/O/-1/root ././O/2/punct ”/''/O/2/punct"));

        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertTrue(speaker(done, done.quotes().get(0)).contains("Ruiz"));
        assertTrue(done.quotes().get(0).text().startsWith("We win .")
                && done.quotes().get(0).text().endsWith("lose ."));
    }

    @Test
    void regressionAQuotationBrokenOverLinesAfterTheColonIsTheSpeakersWholeQuote() {
        Document done = quoted(paragraphs(
                "The/DT/O/1/det chairman/NN/O/4/nsubj ,/,/O/3/punct Ana/NNP/PERSON/4/compound Ruiz/NNP/PERSON/1/appos"
                        + " wrote/VBD/O/-1/root :/:/O/5/punct",
                "“/``/O/2/punct We/PRP/O/2/nsubj win/VBP/O/-1/root ././O/2/punct",
                "They/PRP/O/1/nsubj lose/VBP/O/-1/root ././O/1/punct ”/''/O/1/punct",
                "Kim/NNP/PERSON/1/nsubj disagreed/VBD/O/-1/root ././O/1/punct"));

        List<Quote> direct =
                done.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(1, direct.size(), done.quotes().toString());
        assertTrue(speaker(done, direct.get(0)).contains("Ruiz"), speaker(done, direct.get(0)));
        assertTrue(
                direct.get(0).text().startsWith("We win .")
                        && direct.get(0).text().endsWith("lose ."),
                direct.get(0).text());
    }

    @Test
    void aQuotationBrokenOverLinesAfterAColonWithoutACueStaysUncredited() {
        Document done = quoted(paragraphs(
                "The/DT/O/1/det schedule/NN/O/2/nsubj follows/VBZ/O/-1/root :/:/O/2/punct",
                "“/``/O/2/punct We/PRP/O/2/nsubj win/VBP/O/-1/root ././O/2/punct",
                "They/PRP/O/1/nsubj lose/VBP/O/-1/root ././O/1/punct ”/''/O/1/punct"));

        assertTrue(
                done.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT),
                done.quotes().toString());
    }

    @Test
    void regressionACueJoinedToTheMainVerbCreditsTheStatement() {
        Document done = quoted(paragraphs(
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj visited/VBD/O/-1/root the/DT/O/4/det"
                        + " port/NN/O/2/obj and/CC/O/6/cc said/VBD/O/2/conj :/:/O/2/punct",
                CONDEMN));

        List<Quote> direct =
                done.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(1, direct.size(), done.quotes().toString());
        assertTrue(speaker(done, direct.get(0)).contains("Ruiz"), speaker(done, direct.get(0)));
    }

    @Test
    void aVerbJoinedToACueBeforeAColonIntroducesNoStatement() {
        Document done = quoted(paragraphs(
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj said/VBD/O/-1/root no/DT/O/4/det"
                        + " more/JJR/O/2/obj and/CC/O/6/cc left/VBD/O/2/conj :/:/O/2/punct",
                CONDEMN));

        assertTrue(
                done.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT),
                done.quotes().toString());
    }

    @Test
    void aColonAtTheEndOfATitleIntroducesNoStatement() {
        Document body = paragraphs(CREDIT, CONDEMN);
        List<Block> blocks = new ArrayList<>(body.blocks());
        blocks.set(0, new Block(blocks.get(0).span(), BlockKind.TITLE, ""));

        Document done = quoted(body.withBlocks(blocks));

        assertTrue(
                done.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT),
                done.quotes().toString());
    }
}
