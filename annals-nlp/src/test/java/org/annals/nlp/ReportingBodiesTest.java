package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A speaking "they" goes on in the voice of the body that made the latest report of its paragraph. */
class ReportingBodiesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private static final String CENTRE_REPORTED = "The/DT/O/3/det National/NNP/ORGANIZATION/3/compound"
            + " Hurricane/NNP/ORGANIZATION/3/compound Center/NNP/ORGANIZATION/4/nsubj reported/VBD/O/-1/root"
            + " the/DT/O/6/det storm/NN/O/7/nsubj grew/VBD/O/4/ccomp ././O/4/punct";
    private static final String NAMED = "It/PRP/O/3/nsubj:pass would/MD/O/3/aux be/VB/O/3/aux:pass"
            + " named/VBN/O/-1/root Chantal/NNP/O/3/xcomp ././O/3/punct";
    private static final String THEY_REPORTED = "On/IN/O/1/case Tuesday/NNP/DATE/4/obl ,/,/O/4/punct"
            + " they/PRP/O/4/nsubj reported/VBD/O/-1/root the/DT/O/6/det storm/NN/O/7/nsubj"
            + " dissipated/VBD/O/4/ccomp ././O/4/punct";

    /**
     * "The National Hurricane Center reported ... It would be named ... On Tuesday, they reported the storm
     * dissipated": "they" is the centre, two sentences back (before, the quote had no speaker).
     */
    @Test
    void regressionTheyGoesOnInTheVoiceOfTheBodyThatReportedLast() {
        Document done = quoted(HandDocuments.sentences(TUESDAY, CENTRE_REPORTED, NAMED, THEY_REPORTED));
        assertEquals("National Hurricane Center", speaker(done, quote(done, "the storm dissipated")));
    }

    /** "Ana Ruiz said ... They said ...": after a person's report "they" may be anyone and stays open. */
    @Test
    void theyAfterAPersonsReportStaysOpen() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj said/VBD/O/-1/root the/DT/O/4/det"
                        + " storm/NN/O/5/nsubj grew/VBD/O/2/ccomp ././O/2/punct",
                THEY_REPORTED));
        assertEquals("", speaker(done, quote(done, "the storm dissipated")));
    }

    /** Three sentences back the body's report is too far for "they" to go on with it. */
    @Test
    void aReportThreeSentencesBackIsTooFar() {
        Document done = quoted(HandDocuments.sentences(TUESDAY, CENTRE_REPORTED, NAMED, NAMED, THEY_REPORTED));
        assertEquals("", speaker(done, quote(done, "the storm dissipated")));
    }

    /** A new paragraph starts afresh: "they" does not reach back into the paragraph before. */
    @Test
    void theyDoesNotReachIntoThePreviousParagraph() {
        Document done = quoted(HandDocuments.paragraphs(
                TUESDAY, java.util.List.of(java.util.List.of(CENTRE_REPORTED), java.util.List.of(THEY_REPORTED))));
        assertEquals("", speaker(done, quote(done, "the storm dissipated")));
    }

    /**
     * "The researchers reported ... They also reported ...": a described group is left open, its words need no name
     * (before the guard, "they" took the group's long first description as its name).
     */
    @Test
    void aDescribedGroupIsLeftOpen() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det researchers/NNS/O/2/nsubj reported/VBD/O/-1/root the/DT/O/4/det"
                        + " storm/NN/O/5/nsubj grew/VBD/O/2/ccomp ././O/2/punct",
                THEY_REPORTED));
        assertEquals("", speaker(done, quote(done, "the storm dissipated")));
    }

    /**
     * "The foundation said ... They said ...": a singular description with no actor names one body, which "they"
     * goes on with (the guard for described groups, before this part, left it open).
     */
    @Test
    void aSingularDescriptionIsABody() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det foundation/NN/O/2/nsubj said/VBD/O/-1/root the/DT/O/4/det"
                        + " storm/NN/O/5/nsubj grew/VBD/O/2/ccomp ././O/2/punct",
                THEY_REPORTED));
        assertEquals(speaker(done, quote(done, "the storm grew")), speaker(done, quote(done, "the storm dissipated")));
        assertNotEquals("", speaker(done, quote(done, "the storm dissipated")));
    }
}
