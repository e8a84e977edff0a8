package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

/** A judgement reported as an object and an "as" phrase: the object and its predicate are the reported clause. */
class AsJudgementsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 10, 1);

    private static List<String> texts(Document document) {
        return document.quotes().stream().map(Quote::text).toList();
    }

    /**
     * "La Riva regarded technology under capitalism as problematic", "Pierce viewed the debt as an issue": before, a
     * judging verb without "to be" reported nothing, and the quote was missed.
     */
    @Test
    void regressionAnObjectAndItsAsPredicateAreTheJudgement() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Gloria/NNP/PERSON/1/compound Riva/NNP/PERSON/2/nsubj regarded/VBD/O/-1/root"
                        + " technology/NN/O/2/obj under/IN/O/5/case capitalism/NN/O/2/obl as/IN/O/7/case"
                        + " problematic/JJ/O/2/advcl ././O/2/punct"));

        Quote judgement = quote(done, "technology under capitalism as problematic");
        assertEquals(QuoteKind.INDIRECT, judgement.kind());
        assertEquals("Gloria Riva", speaker(done, judgement));
    }

    @Test
    void regressionANounPredicateAfterAsCountsToo() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Pierce/NNP/PERSON/1/nsubj viewed/VBD/O/-1/root the/DT/O/3/det debt/NN/O/1/obj as/IN/O/6/case"
                        + " an/DT/O/6/det issue/NN/O/1/obl ././O/1/punct"));

        assertEquals("Pierce", speaker(done, quote(done, "the debt as an issue")));
    }

    /** "The plan was regarded as a failure": a passive has no object and names nobody who judges. */
    @Test
    void aPassiveReportsNothing() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "The/DT/O/1/det plan/NN/O/3/nsubj:pass was/VBD/O/3/aux:pass regarded/VBN/O/-1/root as/IN/O/6/case"
                        + " a/DT/O/6/det failure/NN/O/3/obl ././O/3/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** "Ana Ruiz regarded the plan with suspicion": without "as" there is no predicate, so no judgement. */
    @Test
    void anObjectWithoutAnAsPhraseReportsNothing() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj regarded/VBD/O/-1/root the/DT/O/4/det"
                        + " plan/NN/O/2/obj with/IN/O/6/case suspicion/NN/O/2/obl ././O/2/punct"));

        assertEquals(List.of(), texts(done));
    }

    /** "saw compromise as the best way": "see" is not listed, since it is also sight. */
    @Test
    void seeIsNotAJudgingVerb() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Collins/NNP/PERSON/1/nsubj saw/VBD/O/-1/root compromise/NN/O/1/obj as/IN/O/6/case"
                        + " the/DT/O/6/det best/JJS/O/6/amod way/NN/O/1/obl ././O/1/punct"));

        assertEquals(List.of(), texts(done));
    }

    /**
     * "Politico regarded the debate as "markedly more civil"": the quoted fragment is the judge's partial quote (before,
     * the fragment was a scare quote and the judge was not read at all).
     */
    @Test
    void regressionAQuotedFragmentOfTheJudgementIsThePartialQuoteOfTheJudge() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Politico/NNP/ORGANIZATION/1/nsubj regarded/VBD/O/-1/root the/DT/O/3/det debate/NN/O/1/obj"
                        + " as/IN/O/7/case “/``/O/7/punct markedly/RB/O/7/advmod civil/JJ/O/1/advcl ”/''/O/7/punct"
                        + " ././O/1/punct"));

        assertEquals(List.of("markedly civil"), texts(done));
        Quote fragment = quote(done, "markedly civil");
        assertEquals(QuoteKind.PARTIAL, fragment.kind());
        assertEquals("Politico", speaker(done, fragment));
    }

    /** "respondents, who regarded their situation as better, ...": a relative clause says who is meant. */
    @Test
    void aJudgementInARelativeClauseReportsNothing() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "Voters/NNS/O/9/nsubj ,/,/O/0/punct who/WP/O/3/nsubj regarded/VBD/O/0/acl:relcl the/DT/O/5/det"
                        + " economy/NN/O/3/obj as/IN/O/7/case weak/JJ/O/3/advcl ,/,/O/0/punct left/VBD/O/-1/root"
                        + " ././O/9/punct"));

        assertEquals(List.of(), texts(done));
    }
}
