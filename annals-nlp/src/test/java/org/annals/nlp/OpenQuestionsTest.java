package org.annals.nlp;

import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** A clause opened by "whether", "if" or a question word is a question, which no cue reports as a quote. */
class OpenQuestionsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 10, 30);

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    /**
     * CoreNLP's parse of "Levinson ... asked whether Oakland was part of the US and then declared that it was over":
     * the question is no quote, the declaration is.
     */
    @Test
    void askingWhetherBesideADeclarationReportsOnlyTheDeclaration() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Professor/NNP/O/2/compound Jessica/NNP/PERSON/2/compound"
                        + " Levinson/NNP/PERSON/7/nsubj of/IN/O/6/case Loyola/NNP/ORGANIZATION/6/compound"
                        + " Law/NNP/ORGANIZATION/6/compound School/NNP/ORGANIZATION/2/nmod"
                        + " asked/VBD/O/-1/root whether/IN/O/11/mark Oakland/NNP/ORGANIZATION/11/nsubj"
                        + " was/VBD/O/11/cop part/NN/O/7/ccomp of/IN/O/14/case the/DT/O/14/det"
                        + " US/NNP/LOCATION/11/nmod and/CC/O/17/cc then/RB/O/17/advmod"
                        + " declared/VBD/O/7/conj that/IN/O/20/mark it/PRP/O/20/nsubj was/VBD/O/17/ccomp"
                        + " over/RB/O/20/advmod ././O/7/punct"));

        assertEquals(List.of("it was over"), texts(done));
    }

    /** CoreNLP's parse of "Biden and Harris both refused to answer whether they would support Court packing". */
    @Test
    void regressionAnsweringWhetherReportsNothing() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Biden/NNP/PERSON/4/nsubj and/CC/O/2/cc Harris/NNP/PERSON/0/conj both/DT/O/0/dep"
                        + " refused/VBD/O/-1/root to/TO/O/6/mark answer/VB/O/4/xcomp whether/IN/O/10/mark"
                        + " they/PRP/O/10/nsubj would/MD/O/10/aux support/VB/O/6/ccomp"
                        + " Court/NNP/O/12/compound packing/NN/O/10/obj ././O/4/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** CoreNLP's parse of "Trump ... repeatedly asked why Biden did not already implement the policies he proposed". */
    @Test
    void askingWhyReportsNothing() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Trump/NNP/LOCATION/1/nsubj blasted/VBD/O/-1/root Biden/NNP/PERSON/1/obj"
                        + " as/IN/O/6/case a/DT/O/6/det career/NN/O/6/compound politician/NN/O/1/obl"
                        + " and/CC/O/9/cc repeatedly/RB/O/9/advmod asked/VBD/O/1/conj why/WRB/O/15/advmod"
                        + " Biden/NNP/PERSON/15/nsubj did/VBD/O/15/aux not/RB/O/15/advmod"
                        + " already/RB/O/15/advmod implement/VB/O/9/ccomp the/DT/O/17/det"
                        + " policies/NNS/O/15/obj he/PRP/O/19/nsubj proposed/VBD/O/15/parataxis"
                        + " ././O/1/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** A plain clause still reports. */
    @Test
    void aPlainClauseStillReports() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Levinson/NNP/PERSON/1/nsubj said/VBD/O/-1/root that/IN/O/5/mark Oakland/NNP/LOCATION/5/nsubj"
                        + " was/VBD/O/5/cop part/NN/O/1/ccomp ././O/1/punct"));

        assertEquals(List.of("Oakland was part"), texts(done));
    }

    /**
     * "Minnis said yesterday night that twenty people have been killed": "that" after a noun, tagged a relative
     * pronoun, still opens the reported statement.
     */
    @Test
    void thatTaggedARelativePronounStillOpensAStatement() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Minnis/NNP/PERSON/1/nsubj said/VBD/O/-1/root yesterday/NN/O/1/obl:tmod that/WDT/O/7/mark"
                        + " twenty/CD/O/5/nummod people/NNS/O/7/nsubj:pass were/VBD/O/7/aux:pass killed/VBN/O/1/ccomp"
                        + " ././O/1/punct"));

        assertEquals(List.of("twenty people were killed"), texts(done));
    }
}
