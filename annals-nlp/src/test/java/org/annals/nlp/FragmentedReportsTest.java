package org.annals.nlp;

import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A report whose content holds a quoted fragment is one partial quote, however the parse cuts the content. */
class FragmentedReportsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 11, 2);

    private static List<String> kindsAndTexts(Document document) {
        return document.quotes().stream().map(q -> q.kind() + " " + q.text()).toList();
    }

    /** CoreNLP's parse: the fragment is the head of the sentence and the cue its clausal subject (before, two quotes). */
    @Test
    void regressionTheContentBeforeTheFragmentIsNoSecondQuote() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Hawkins/NNP/PERSON/1/nsubj claimed/VBD/O/12/csubj the/DT/O/4/det coronavirus/NN/O/4/compound"
                        + " pandemic/NN/O/5/nsubj shows/VBZ/O/1/ccomp the/DT/O/7/det US/NNP/LOCATION/5/obj"
                        + " is/VBZ/O/12/cop a/DT/O/12/det “/``/O/12/punct failed/VBD/O/12/amod state/NN/O/-1/root"
                        + " ././O/12/punct ”/''/O/12/punct"));

        assertEquals(List.of("PARTIAL failed state ."), kindsAndTexts(done));
    }

    /** CoreNLP's parse of "described ... as a "squirrel whisperer", for the close affinity ..." (before, two quotes). */
    @Test
    void regressionTheContentAfterTheFragmentIsNoSecondQuote() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Mancini/NNP/PERSON/3/nsubj:pass has/VBZ/O/3/aux been/VBN/O/3/aux:pass described/VBN/O/-1/root"
                        + " by/IN/O/7/case the/DT/O/7/det Daily/NNP/ORGANIZATION/7/compound"
                        + " Hive/NNP/ORGANIZATION/3/obl as/IN/O/12/case a/DT/O/12/det “/``/O/12/punct"
                        + " squirrel/NN/O/12/compound whisperer/NN/O/3/obl ”/''/O/12/punct ,/,/O/3/punct"
                        + " for/IN/O/18/case the/DT/O/18/det close/JJ/O/18/amod affinity/NN/O/23/obl"
                        + " some/DT/O/23/nsubj of/IN/O/22/case the/DT/O/22/det animals/NNS/O/19/nmod"
                        + " have/VBP/O/3/parataxis for/IN/O/25/case her/PRP/O/23/obl ././O/3/punct"));

        assertEquals(List.of("PARTIAL squirrel whisperer"), kindsAndTexts(done));
    }

    /** A fragment in another clause of the sentence is no part of the report, which stays. */
    @Test
    void aFragmentOfAnotherClauseLeavesTheReport() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "When/WRB/O/2/advmod Trump/NNP/PERSON/2/nsubj tweeted/VBD/O/9/advcl that/IN/O/6/mark"
                        + " voting/NN/O/6/nsubj would/MD/O/6/aux fail/VB/O/2/ccomp ,/,/O/9/punct"
                        + " Twitter/NNP/ORGANIZATION/9/nsubj placed/VBD/O/-1/root a/DT/O/11/det"
                        + " disclaimer/NN/O/9/obj “/``/O/14/punct fact/NN/O/14/compound"
                        + " checking/NN/O/11/dep ”/''/O/14/punct the/DT/O/17/det tweet/NN/O/9/obl"
                        + " ././O/9/punct"));

        assertEquals(
                List.of("INDIRECT voting would fail"),
                done.quotes().stream()
                        .filter(q -> q.kind() != org.annals.core.QuoteKind.PARTIAL
                                && q.kind() != org.annals.core.QuoteKind.SCARE)
                        .map(q -> q.kind() + " " + q.text())
                        .toList());
    }
}
