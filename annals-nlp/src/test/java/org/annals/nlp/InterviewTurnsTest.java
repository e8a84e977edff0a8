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
import org.junit.jupiter.api.Test;

/** Interviews printed as turns: an answer is a direct quote of the person its label names (docs/quote-annotation.md). */
class InterviewTurnsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 9);
    private static final String INTRO = "Wikinews/NNP/ORGANIZATION interviewed/VBD/O Natasha/NNP/PERSON"
            + " Gownaris/NNP/PERSON about/IN/O penguins/NNS/O ././O";
    private static final String ASKED = "((WN))/NN/O How/WRB/O did/VBD/O it/PRP/O start/VB/O ?/./O";
    private static final String WANTED = "I/PRP/O wanted/VBD/O to/TO/O study/VB/O birds/NNS/O ././O";
    private static final String STARTED = "This/DT/O study/NN/O started/VBD/O in/IN/O 1982/CD/O ././O";

    private static Document paragraphs(String... paragraphs) {
        return HandDocuments.paragraphs(
                DAY, List.of(paragraphs).stream().map(List::of).toList());
    }

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    @Test
    void answersLabelledByFullNameAndInitialsAreDirectQuotesOfTheAnswerer() {
        Document done = quoted(paragraphs(
                INTRO,
                ASKED,
                "Natasha/NNP/PERSON Gownaris/NNP/PERSON :/:/O " + WANTED,
                "Penguins/NNS/O were/VBD/O everywhere/RB/O ././O",
                ASKED,
                "NG/NNP/O :/:/O " + STARTED));

        Quote first = quote(done, "I wanted to study birds .\nPenguins were everywhere .");
        assertEquals(QuoteKind.DIRECT, first.kind());
        assertEquals("interview", first.cue());
        assertTrue(speaker(done, first).contains("Gownaris"), speaker(done, first));
        Quote second = quote(done, "This study started in 1982 .");
        assertEquals(first.speakerSpan(), second.speakerSpan());
    }

    @Test
    void bracketedLabelsByFullOrLastNameNameTheAnswerer() {
        Document done = quoted(paragraphs(
                "Wikinews/NNP/ORGANIZATION interviewed/VBD/O Dorsa/NNP/PERSON Derakhshani/NNP/PERSON ././O",
                "((/-LRB-/O Dorsa/NNP/PERSON Derakhshani/NNP/PERSON ))/-RRB-/O " + WANTED,
                ASKED,
                "((/-LRB-/O Derakhshani/NNP/PERSON ))/-RRB-/O " + STARTED));

        assertTrue(speaker(done, quote(done, "I wanted to study birds .")).contains("Derakhshani"));
        assertTrue(speaker(done, quote(done, "This study started in 1982 .")).contains("Derakhshani"));
    }

    @Test
    void questionsOfThePublicationOrOfQCreditNobody() {
        Document done = quoted(paragraphs(
                INTRO, "Q/NN/O :/:/O Why/WRB/O birds/NNS/O ?/./O", "Gownaris/NNP/PERSON :/:/O " + WANTED, ASKED));

        assertEquals(List.of("I wanted to study birds ."), texts(done));
    }

    /** "((WSS)) Which president ...?": the interviewer's initials match the reporter named in the article. */
    @Test
    void regressionALabelledParagraphThatAsksIsAQuestionWhoeverItsLabelNames() {
        Document done = quoted(paragraphs(
                "William/NNP/PERSON S./NNP/PERSON Saturn/NNP/PERSON interviewed/VBD/O Natasha/NNP/PERSON"
                        + " Gownaris/NNP/PERSON ././O",
                "WSS/NNP/O :/:/O Why/WRB/O birds/NNS/O ?/./O",
                WANTED,
                "WSS/NNP/O :/:/O How/WRB/O did/VBD/O it/PRP/O start/VB/O ?/./O",
                "NG/NNP/O :/:/O " + STARTED));

        assertEquals(List.of("This study started in 1982 ."), texts(done));
        assertTrue(speaker(done, quote(done, "This study started in 1982 .")).contains("Gownaris"));
    }

    /** "Jo JorgensenImage: Jo Jorgensen for President.": a caption's label names nobody the article names. */
    @Test
    void regressionALabelNamedOnlyByItselfOpensNoTurn() {
        Document done = quoted(paragraphs(
                ASKED,
                "Jo/NNP/PERSON JorgensenImage/NNP/PERSON :/:/O " + WANTED,
                ASKED,
                "Howie/NNP/PERSON HawkinsImage/NNP/PERSON :/:/O " + STARTED));

        assertEquals(List.of(), texts(done));
    }

    @Test
    void regressionANoteParagraphOpensNoTurn() {
        Document done = quoted(paragraphs(INTRO, "Note/NN/O :/:/O " + STARTED, "Update/NN/O :/:/O " + WANTED));

        assertEquals(List.of(), texts(done));
    }

    @Test
    void regressionASingleLabelledParagraphIsNoInterview() {
        Document done = quoted(paragraphs(INTRO, "Natasha/NNP/PERSON Gownaris/NNP/PERSON :/:/O " + WANTED, STARTED));

        assertEquals(List.of(), texts(done));
    }

    @Test
    void regressionALabelNamingNobodyOpensNoTurn() {
        Document done =
                quoted(paragraphs(INTRO, ASKED, "Paul/NNP/O :/:/O " + WANTED, ASKED, "PT/NNP/O :/:/O " + STARTED));

        assertEquals(List.of(), texts(done));
    }

    @Test
    void regressionAColonInsideNarrationOpensNoTurn() {
        Document done = quoted(paragraphs(
                INTRO,
                "The/DT/O plan/NN/O of/IN/O Natasha/NNP/PERSON Gownaris/NNP/PERSON was/VBD/O simple/JJ/O :/:/O "
                        + WANTED,
                "Her/PRP$/O aim/NN/O :/:/O " + STARTED));

        assertEquals(List.of(), texts(done));
    }

    @Test
    void regressionAParagraphNamingTheAnswererEndsTheAnswer() {
        Document done = quoted(paragraphs(
                INTRO,
                ASKED,
                "Natasha/NNP/PERSON Gownaris/NNP/PERSON :/:/O " + WANTED,
                "Gownaris/NNP/PERSON left/VBD/O in/IN/O 1990/CD/O ././O"));

        assertEquals(List.of("I wanted to study birds ."), texts(done));
    }
}
