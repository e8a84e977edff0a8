package org.annals.nlp;

import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** A clause read from the words after a cue: a noun with a relative clause that lacks its "that" is no subject. */
class UnattachedClausesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 10, 30);

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    /** CoreNLP's parse of "The White House also announced a deal it brokered to normalize relations ...". */
    @Test
    void regressionAnObjectWithARelativeClauseIsNoReport() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "The/DT/O/2/det White/NNP/LOCATION/2/compound House/NNP/LOCATION/4/nsubj"
                        + " also/RB/O/4/advmod announced/VBD/O/-1/root a/DT/O/6/det deal/NN/O/4/obj"
                        + " it/PRP/O/8/nsubj brokered/VBD/O/6/acl:relcl to/TO/O/10/mark"
                        + " normalize/VB/O/8/xcomp relations/NNS/O/10/obj between/IN/O/13/case"
                        + " Sudan/NNP/LOCATION/11/nmod and/CC/O/15/cc Israel/NNP/LOCATION/13/conj"
                        + " ././O/4/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of "... continued to write songs he would mail to Garcia in the ... Area, Garcia invited him". */
    @Test
    void regressionARelativeClauseBeforeACommaIsNoReport() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "After/IN/O/2/mark Hunter/NNP/O/2/nsubj retreated/VBD/O/13/advcl to/IN/O/5/case"
                        + " New/NNP/LOCATION/5/compound Mexico/NNP/LOCATION/2/obl and/CC/O/7/cc"
                        + " continued/VBD/O/2/conj to/TO/O/9/mark write/VB/O/7/xcomp songs/NNS/O/9/obj"
                        + " he/PRP/O/13/nsubj would/MD/O/13/aux mail/VB/O/24/advcl to/IN/O/15/case"
                        + " Garcia/NNP/PERSON/13/obl in/IN/O/21/case the/DT/O/21/det"
                        + " San/NNP/LOCATION/19/compound Francisco/NNP/LOCATION/20/compound"
                        + " Bay/NNP/LOCATION/21/compound Area/NNP/LOCATION/13/obl ,/,/O/24/punct"
                        + " Garcia/NNP/PERSON/24/nsubj invited/VBD/O/-1/root him/PRP/O/24/obj"
                        + " to/TO/O/27/mark collaborate/VB/O/24/xcomp in/IN/O/32/case"
                        + " Garcia/NNP/PERSON/32/nmod:poss 's/POS/O/29/case new/JJ/O/32/amod"
                        + " group/NN/O/27/obl ././O/24/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of "The minister said the deal it brokered was fair": the noun is the clause's subject. */
    @Test
    void aSubjectWithARelativeClauseStillReports() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "The/DT/O/1/det minister/NN/O/2/nsubj said/VBD/O/-1/root the/DT/O/4/det"
                        + " deal/NN/O/2/obj it/PRP/O/6/nsubj brokered/VBD/O/4/acl:relcl was/VBD/O/8/cop"
                        + " fair/JJ/O/6/xcomp ././O/2/punct"));

        assertEquals(List.of("the deal it brokered was fair"), texts(done));
    }
}
