package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** Speakers the parse hides: a title coordinated before a name, a subject given to a to-infinitive. */
class SpeakerMisparsesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private static final String COMMISSIONER_SAID = "The/DT/O/1/det commissioner/NN/O/2/nsubj said/VBD/O/-1/root"
            + " ,/,/O/2/punct “/``/O/2/punct Prices/NNS/O/6/nsubj fell/VBD/O/2/ccomp ././O/6/punct ”/''/O/2/punct";

    private static String titledRuiz(String title) {
        return "Trade/NN/O/5/compound and/CC/O/3/cc industry/NN/O/3/compound " + title + "/NN/O/0/conj"
                + " Ana/NNP/PERSON/5/compound Ruiz/NNP/PERSON/6/nsubj spoke/VBD/O/-1/root ././O/6/punct";
    }

    /**
     * "Trade and industry commissioner Ana Ruiz spoke. The commissioner said, "..."": the parser hung
     * "commissioner" on "trade" as a conjunct; it still titles Ruiz.
     */
    @Test
    void regressionCoordinatedTitleBeforeANameTitlesIt() {
        Document done = quoted(HandDocuments.sentences(TUESDAY, titledRuiz("commissioner"), COMMISSIONER_SAID));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "Prices fell .")));
    }

    /** Another coordinated title ("trade and industry minister") does not make Ruiz the commissioner. */
    @Test
    void coordinatedTitleOfAnotherOfficeDoesNotTitleTheName() {
        Document done = quoted(HandDocuments.sentences(TUESDAY, titledRuiz("minister"), COMMISSIONER_SAID));
        assertEquals("The commissioner", speaker(done, quote(done, "Prices fell .")));
    }

    /**
     * "The Air Force issued warnings against attempts to enter the base, saying it was dangerous": the parser gave
     * "to enter" the subject "attempts" and hung "saying" on it; the Air Force speaks.
     */
    @Test
    void regressionParticipleOnAnInfinitiveWithAMisparsedSubjectTakesTheClauseSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det Air/NNP/ORGANIZATION/2/compound Force/NNP/ORGANIZATION/3/nsubj"
                        + " issued/VBD/O/-1/root warnings/NNS/O/3/obj against/IN/O/8/mark attempts/NNS/O/8/nsubj"
                        + " to/TO/O/8/mark enter/VB/O/3/advcl the/DT/O/10/det base/NN/O/8/obj ,/,/O/8/punct"
                        + " saying/VBG/O/8/dep it/PRP/O/15/nsubj was/VBD/O/15/cop dangerous/JJ/O/12/ccomp"
                        + " ././O/3/punct"));
        assertEquals("Air Force", speaker(done, quote(done, "it was dangerous")));
    }

    /** "for the board to decide": "for" gives an infinitive a subject of its own. */
    @Test
    void subjectIntroducedByForIsNoMisparse() {
        Document document = HandDocuments.of(
                TUESDAY,
                "It/PRP/O/1/expl is/VBZ/O/-1/root time/NN/O/1/nsubj for/IN/O/6/mark the/DT/O/5/det"
                        + " board/NN/O/6/nsubj to/TO/O/6/mark decide/VB/O/2/acl ././O/1/punct");
        var tokens = document.tokens();
        assertFalse(InfinitiveSubjects.isMisparsed(tokens, tokens.get(7), tokens.get(5)));
    }

    /** "attempts to enter": without "for", a subject of "to enter" is the parser's. */
    @Test
    void subjectOfAToInfinitiveWithoutForIsAMisparse() {
        Document document = HandDocuments.of(
                TUESDAY,
                "They/PRP/O/1/nsubj stopped/VBD/O/-1/root attempts/NNS/O/4/nsubj to/TO/O/4/mark enter/VB/O/1/advcl"
                        + " ././O/1/punct");
        var tokens = document.tokens();
        assertTrue(InfinitiveSubjects.isMisparsed(tokens, tokens.get(4), tokens.get(2)));
    }

    /**
     * ""Ships must wait," according to a tweet by Ana Ruiz.": the parser hung the source on the closing mark, whose
     * "clause" is the mark alone; no quote is made of it.
     */
    @Test
    void regressionSourceHungOnAClosingMarkVouchesForNoQuotationMark() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/-1/root Ships/NNS/O/3/nsubj must/MD/O/3/aux wait/VB/O/0/dep ,/,/O/3/punct ”/''/O/4/dep"
                        + " according/VBG/O/9/case to/IN/O/6/fixed a/DT/O/9/det tweet/NN/O/5/dep by/IN/O/12/case"
                        + " Ana/NNP/PERSON/12/compound Ruiz/NNP/PERSON/9/nmod ././O/9/punct"));
        assertTrue(
                done.quotes().stream().allMatch(q -> q.text().codePoints().anyMatch(Character::isLetterOrDigit)),
                done.quotes().toString());
    }
}
