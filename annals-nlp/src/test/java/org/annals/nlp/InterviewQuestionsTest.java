package org.annals.nlp;

import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** The interviewer's questions report nothing, whether or not the document is read as an interview. */
class InterviewQuestionsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 9);
    private static final String NOTED = "You/PRP/O/1/nsubj noted/VBD/O/-1/root attempts/NNS/O/3/nsubj"
            + " were/VBD/O/1/ccomp rare/JJ/O/3/xcomp ././O/1/punct";
    private static final String WHY = "Why/WRB/O/1/advmod ?/./O/-1/root";
    // A reporter's or an answerer's own report has a third person for subject: "you" is the interviewer's voice.
    private static final String RUIZ_NOTED = "Ruiz/NNP/PERSON/1/nsubj noted/VBD/O/-1/root attempts/NNS/O/3/nsubj"
            + " were/VBD/O/1/ccomp rare/JJ/O/3/xcomp ././O/1/punct";

    private static Document paragraphs(List<List<String>> paragraphs) {
        return HandDocuments.paragraphs(DAY, paragraphs);
    }

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    /**
     * "((WN)) You noted suicide attempts were not as accurate a predictor. Why ...?": the question restates the
     * answer to ask about it (before, "suicide attempts ..." was a report of nobody).
     */
    @Test
    void regressionAReportInsideTheInterviewersQuestionIsNoQuote() {
        Document done = quoted(paragraphs(List.of(List.of("((WN))/NN/O/-1/root", NOTED, WHY))));

        assertEquals(List.of(), texts(done));
    }

    /** "((WN)) : You've said that ...": the label with a colon after it is the interviewer's too. */
    @Test
    void regressionAColonAfterTheInterviewersLabelChangesNothing() {
        Document done = quoted(paragraphs(List.of(List.of("((WN))/NN/O/-1/root", ":/:/O/0/punct", NOTED, WHY))));

        assertEquals(List.of(), texts(done));
    }

    /** The same report, by a third person, outside a question still reports. */
    @Test
    void theSameReportInTheReportersOwnParagraphIsAQuote() {
        Document done = quoted(paragraphs(List.of(List.of(RUIZ_NOTED))));

        assertEquals(List.of("attempts were rare"), texts(done));
    }

    /** Only the question's paragraph is read so: the answer after it keeps its reports. */
    @Test
    void aReportInTheParagraphAfterTheQuestionStays() {
        Document done = quoted(paragraphs(List.of(List.of("((WN))/NN/O/-1/root", WHY), List.of(RUIZ_NOTED))));

        assertEquals(List.of("attempts were rare"), texts(done));
    }
}
