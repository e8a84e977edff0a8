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

/** Directives whose addressee the parser makes the subject of the infinitive, as CoreNLP parses them. */
class PrepositionalAddresseesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "called [on] mark [the government] nsubj [to raise] advcl": what the government is asked to do. */
    @Test
    void regressionCalledOnWithTheAddresseeAsTheInfinitivesSubjectReportsTheInfinitive() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Unite/NNP/ORGANIZATION/1/nsubj",
                "called/VBD/O/-1/root",
                "on/IN/O/6/mark",
                "the/DT/O/4/det",
                "government/NN/O/6/nsubj",
                "to/TO/O/6/mark",
                "raise/VB/O/1/advcl",
                "wages/NNS/O/6/obj",
                "././O/1/punct"));
        Quote quote = quote(done, "the government to raise wages");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Unite", speaker(done, quote));
    }

    /** "called [for] mark [the mayor] nsubj [to resign] advcl": a definite addressee after "for" is asked too. */
    @Test
    void regressionCalledForADefiniteAddresseeReportsTheInfinitive() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Rivera/NNP/PERSON/1/nsubj",
                "called/VBD/O/-1/root",
                "for/IN/O/6/mark",
                "the/DT/O/4/det",
                "mayor/NN/O/6/nsubj",
                "to/TO/O/6/mark",
                "resign/VB/O/1/advcl",
                "././O/1/punct"));
        Quote quote = quote(done, "the mayor to resign");
        assertEquals("Rivera", speaker(done, quote));
    }

    /** "called for G7 action to correct the imbalance" asks for an action; the infinitive says what it is for. */
    @Test
    void actionCalledForWithAPurposeIsNoDirective() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "ministers/NNS/O/2/nsubj",
                "called/VBN/O/-1/root",
                "for/IN/O/7/mark",
                "G7/NN/O/5/compound",
                "action/NN/O/7/nsubj",
                "to/TO/O/7/mark",
                "correct/VB/O/2/advcl",
                "the/DT/O/9/det",
                "imbalance/NN/O/7/obj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "called for the first time to", "called on the phone to": a time or a means the parser made a subject. */
    @Test
    void timeOrMeansTheParserMadeTheInfinitivesSubjectIsNoAddressee() {
        Document first = quoted(HandDocuments.of(
                TUESDAY,
                "Trump/NNP/PERSON/1/nsubj",
                "called/VBD/O/-1/root",
                "for/IN/O/7/mark",
                "the/DT/O/5/det",
                "first/JJ/ORDINAL/5/amod",
                "time/NN/O/7/nsubj",
                "to/TO/O/7/mark",
                "congratulate/VB/O/1/advcl",
                "her/PRP/O/7/obj",
                "././O/1/punct"));
        assertEquals(List.of(), first.quotes());
        Document phone = quoted(HandDocuments.of(
                TUESDAY,
                "Trump/NNP/PERSON/1/nsubj",
                "called/VBD/O/-1/root",
                "on/IN/O/6/mark",
                "the/DT/O/4/det",
                "phone/NN/O/6/nsubj",
                "to/TO/O/6/mark",
                "offer/VB/O/1/advcl",
                "condolences/NNS/O/6/obj",
                "././O/1/punct"));
        assertEquals(List.of(), phone.quotes());
    }

    /** "The deal called for the company to pay a fine": a deal requires; nobody is reported asking. */
    @Test
    void regressionDealThatCallsForSomethingRequiresItAndSaysNothing() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "deal/NN/O/2/nsubj",
                "called/VBN/O/-1/root",
                "for/IN/O/7/mark",
                "the/DT/O/5/det",
                "company/NN/O/7/nsubj",
                "to/TO/O/7/mark",
                "pay/VB/O/2/advcl",
                "a/DT/O/9/det",
                "fine/NN/O/7/obj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "a plan that calls on schools to close": the relative pronoun stands for the plan, which requires. */
    @Test
    void planInARelativeClauseThatCallsOnSomeoneSaysNothing() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "government/NN/O/2/nsubj",
                "unveiled/VBD/O/-1/root",
                "a/DT/O/4/det",
                "plan/NN/O/2/obj",
                "that/WDT/O/6/nsubj",
                "calls/VBZ/O/4/acl:relcl",
                "on/IN/O/10/mark",
                "schools/NNS/O/10/nsubj",
                "to/TO/O/10/mark",
                "close/VB/O/6/advcl",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "He called on the house at 9", "They asked for a table": a visit and a request for a thing report nothing. */
    @Test
    void callOnAPlaceAndAskForAThingAreNoQuotes() {
        Document visit = quoted(HandDocuments.of(
                TUESDAY,
                "He/PRP/O/1/nsubj",
                "called/VBD/O/-1/root",
                "on/IN/O/4/case",
                "the/DT/O/4/det",
                "house/NN/O/1/obl",
                "at/IN/O/6/case",
                "9/CD/NUMBER/1/obl",
                "././O/1/punct"));
        assertEquals(List.of(), visit.quotes());
        Document table = quoted(HandDocuments.of(
                TUESDAY,
                "They/PRP/O/1/nsubj",
                "asked/VBD/O/-1/root",
                "for/IN/O/4/case",
                "a/DT/O/4/det",
                "table/NN/O/1/obl",
                "././O/1/punct"));
        assertEquals(List.of(), table.quotes());
    }
}
