package org.annals.nlp;

import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** A cue whose subject is "I", "we" or "you" reports the words of the one who speaks the text around it. */
class NarratorCuesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 9);
    private static final String CAMPAIGN =
            "we/PRP/O/4/nsubj have/VBP/O/1/ccomp a/DT/O/6/det campaign/NN/O/4/obj" + " ././O/1/punct";

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    /** "As I told you, we have a ten-day campaign" inside an answer (before, a report of nobody). */
    @Test
    void regressionTheAnswerersOwnCueReportsNothing() {
        Document done = quoted(HandDocuments.of(DAY, "I/PRP/O/1/nsubj told/VBD/O/-1/root you/PRP/O/1/obj", CAMPAIGN));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of an answer's sentence: "we found that" in a relative clause. */
    @Test
    void whatWeFoundIsTheAnswerersOwn() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Like/UH/O/7/discourse ,/,/O/7/punct within/IN/O/4/case the/DT/O/4/det"
                        + " office/NN/O/7/obl ,/,/O/7/punct we/PRP/O/7/nsubj organised/VBD/O/-1/root"
                        + " a/DT/O/9/det lot/NN/O/7/obj of/IN/O/12/case such/JJ/O/12/amod"
                        + " events/NNS/O/9/nmod ,/,/O/12/punct where/WRB/O/16/advmod we/PRP/O/16/nsubj"
                        + " found/VBD/O/12/acl:relcl that/IN/O/25/mark even/RB/O/22/advmod"
                        + " our/PRP$/O/22/nmod:poss Group/NNP/O/21/compound D/NNP/O/22/compound"
                        + " staff/NN/O/25/nsubj are/VBP/O/25/cop so/RB/O/25/advmod talented/JJ/O/16/ccomp"
                        + " ,/,/O/25/punct some/DT/O/25/dep of/IN/O/29/case them/PRP/O/27/nmod"
                        + " ././O/7/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of "I should note that we don't have any rocky planets ...", from an answer (before, a report). */
    @Test
    void regressionWhatINoteIsTheAnswerersOwn() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "I/PRP/O/2/nsubj should/MD/O/2/aux note/VB/O/-1/root that/IN/O/7/mark"
                        + " we/PRP/O/7/nsubj do/VBP/O/7/aux n't/RB/O/7/advmod have/VB/O/2/ccomp"
                        + " any/DT/O/10/det rocky/JJ/O/10/amod planets/NNS/O/7/obj yet/RB/O/12/advmod"
                        + " known/VBN/O/10/acl with/IN/O/15/case hydrogen/NN/O/15/compound"
                        + " atmospheres/NNS/O/12/obl ,/,/O/2/punct but/CC/O/20/cc they/PRP/O/20/nsubj:pass"
                        + " are/VBP/O/20/aux:pass theorized/VBN/O/2/conj ././O/2/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** The same cue with a third person keeps its report, also where the report says "we". */
    @Test
    void aThirdPersonSubjectStillReports() {
        Document done =
                quoted(HandDocuments.of(DAY, "Officials/NNS/O/1/nsubj told/VBD/O/-1/root them/PRP/O/1/obj", CAMPAIGN));

        assertEquals(List.of("we have a campaign"), texts(done));
    }

    /** CoreNLP's parse of "I was basically hauled in and told that my mum had attacked the church": others told. */
    @Test
    void whatIWasToldIsAReport() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "I/PRP/O/3/nsubj:pass was/VBD/O/3/aux:pass basically/RB/O/3/advmod"
                        + " hauled/VBN/O/-1/root in/IN/O/3/compound:prt and/CC/O/6/cc told/VBD/O/3/conj"
                        + " that/IN/O/11/mark my/PRP$/O/9/nmod:poss mum/NN/O/11/nsubj had/VBD/O/11/aux"
                        + " attacked/VBN/O/6/ccomp the/DT/O/13/det church/NN/O/11/obj ././O/3/punct"));

        assertEquals(List.of("my mum had attacked the church"), texts(done));
    }

    /** "you find that the third object must be very massive" in an answer (before, a report of nobody). */
    @Test
    void regressionTheSecondPersonsCueReportsNothing() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "you/PRP/O/1/nsubj find/VBP/O/-1/root that/IN/O/9/mark the/DT/O/5/det third/JJ/O/5/amod"
                        + " object/NN/O/9/nsubj must/MD/O/9/aux be/VB/O/9/cop very/RB/O/9/advmod"
                        + " massive/JJ/O/1/ccomp ././O/1/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of "you still feel that you've cut yourself": a generic "you" feels nothing reported. */
    @Test
    void aGenericYouFeelsNothingReported() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "you/PRP/O/2/nsubj still/RB/O/2/advmod feel/VBP/O/-1/root that/IN/O/6/mark you/PRP/O/6/nsubj"
                        + " 've/VBP/O/6/aux cut/VBN/O/2/ccomp yourself/PRP/O/6/obj ././O/2/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** "you" as the object leaves the third-person subject its report. */
    @Test
    void whatOthersToldYouIsAReport() {
        Document done =
                quoted(HandDocuments.of(DAY, "Officials/NNS/O/1/nsubj told/VBD/O/-1/root you/PRP/O/1/obj", CAMPAIGN));

        assertEquals(List.of("we have a campaign"), texts(done));
    }
}
