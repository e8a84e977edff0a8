package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Quantity;
import org.junit.jupiter.api.Test;

class QuantityStageTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private final TimeStage times = new TimeStage();
    private final QuantityStage stage = new QuantityStage();

    private List<Quantity> quantities(String... items) {
        return stage.apply(times.apply(HandDocuments.of(TUESDAY, items))).quantities();
    }

    private Quantity only(String... items) {
        List<Quantity> found = quantities(items);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void digitsWithThousandsSeparatorCountTheNounAfterThem() {
        Quantity people = only("over/IN", "1,200/CD", "people/NNS", "died/VBD");
        assertEquals(1200.0, people.value());
        assertEquals("people", people.unit());
        assertEquals("people", people.measure());
        assertTrue(people.approximate());
        assertEquals("over 1,200", people.text());
    }

    @Test
    void wordNumbersAndScaleWords() {
        assertEquals(3.0, only("three/CD", "ships/NNS", "sank/VBD").value());
        Quantity roubles = only("five/CD", "million/CD", "roubles/NNS");
        assertEquals(5_000_000.0, roubles.value());
        assertEquals("RUB", roubles.unit());
        assertFalse(roubles.approximate());
    }

    @Test
    void twoDozenAndADozen() {
        Quantity leaders = only("approximately/RB", "two/CD", "dozen/NN", "world/NN", "leaders/NNS", "attended/VBD");
        assertEquals(24.0, leaders.value());
        assertTrue(leaders.approximate());
        assertEquals("approximately two dozen", leaders.text());
        assertEquals("leaders", leaders.unit());
        assertEquals("world leaders", leaders.measure());
        Quantity eggs = only("a/DT", "dozen/NN", "eggs/NNS");
        assertEquals(12.0, eggs.value());
        assertEquals("a dozen", eggs.text());
    }

    @Test
    void currencySymbolsAndCurrencyWords() {
        Quantity dollars = only("a/DT", "$/$", "2.5/CD", "billion/CD", "loan/NN");
        assertEquals(2.5e9, dollars.value());
        assertEquals("USD", dollars.unit());
        assertEquals("$ 2.5 billion", dollars.text());
        Quantity euros = only("more/JJR", "than/IN", "40/CD", "euros/NNS");
        assertEquals("EUR", euros.unit());
        assertTrue(euros.approximate());
        assertEquals("more than 40 euros", euros.text());
    }

    @Test
    void percentagesInEveryWriting() {
        assertEquals("%", only("rose/VBD", "15/CD", "%/NN").unit());
        assertEquals("%", only("rose/VBD", "15/CD", "percent/NN").unit());
        Quantity perCent = only("rose/VBD", "about/IN", "15/CD", "per/IN", "cent/NN");
        assertEquals("%", perCent.unit());
        assertTrue(perCent.approximate());
        assertEquals("about 15 per cent", perCent.text());
    }

    @Test
    void byPhraseMeasuresTheObjectOfItsVerb() {
        Quantity gas = only(
                "increase/VB/O/-1/root",
                "gas/NN/O/2/compound",
                "supplies/NNS/O/0/obj",
                "by/IN/O/6/case",
                "about/RB/O/5/advmod",
                "15/CD/O/6/nummod",
                "%/NN/O/0/obl");
        assertEquals(15.0, gas.value());
        assertTrue(gas.approximate());
        assertEquals("gas supplies", gas.measure());
    }

    @Test
    void percentOfMeasuresTheNounAfterOf() {
        Quantity vote = only("won/VBD", "52/CD", "%/NN", "of/IN", "the/DT", "popular/JJ", "vote/NN");
        assertEquals("popular vote", vote.measure());
    }

    @Test
    void vaguePluralsAreApproximate() {
        Quantity dozens = only("dozens/NNS", "of/IN", "people/NNS", "died/VBD");
        assertEquals(12.0, dozens.value());
        assertTrue(dozens.approximate());
        assertEquals("people", dozens.unit());
    }

    @Test
    void timeExpressionsAreNotQuantities() {
        assertEquals(List.of(), quantities("80/CD", "years/NNS", "since/IN", "2019/CD"));
    }

    @Test
    void regressionTheTwoAsNounPhraseIsNotAnAmount() {
        assertEquals(List.of(), quantities("as/IN", "the/DT", "two/CD", "met/VBD", "in/IN", "Beijing/NNP"));
        assertEquals(List.of(), quantities("those/DT", "three/CD", "were/VBD", "arrested/VBN"));
        Quantity countries = only("the/DT", "two/CD", "countries/NNS", "agreed/VBD");
        assertEquals(2.0, countries.value());
        assertEquals("countries", countries.unit());
        assertEquals(2.0, only("the/DT", "two/CD", "%/NN").value());
    }
}
