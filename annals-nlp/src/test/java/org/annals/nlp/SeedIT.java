package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Quantity;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.TimeMention;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class SeedIT {
    private final Document seed = AnalysedDocuments.SEED;

    @Test
    void tokenOffsetsRoundTripAndSkipTheAppeal() {
        assertTrue(seed.tokens().size() > 300);
        for (Token token : seed.tokens()) {
            String covered = seed.textOf(token.span());
            if (!token.word().contains("`")
                    && !token.word().contains("'")
                    && !token.word().startsWith("-")) {
                assertEquals(token.word(), covered, "token " + token.index());
            }
            for (Block block : seed.blocks()) {
                if (block.kind() == BlockKind.APPEAL) {
                    assertFalse(block.span().overlaps(token.span()), "appeal token " + covered);
                }
            }
        }
        seed.sentences().forEach(s -> assertTrue(seed.tokensOf(s).stream().allMatch(t -> t.sentence() == s.index())));
    }

    @Test
    void nerFindsTheNamedActors() {
        String people = names("PERSON");
        String organisations = names("ORGANISATION");
        assertTrue(
                people.contains("Vladimir Putin") && people.contains("Xi Jinping") && people.contains("Kim Jong Un"),
                people);
        assertTrue(
                organisations.contains("Gazprom")
                        && organisations.contains("Shanghai Cooperation Organization")
                        && organisations.contains("SCO"),
                organisations);
    }

    private String names(String type) {
        return seed.mentions().stream()
                .filter(m -> m.type().name().equals(type))
                .map(m -> m.text())
                .collect(Collectors.joining("|"));
    }

    @Test
    void datesMeetSeedExpectations() {
        assertEquals("2025-09-02", time("Tuesday").value());
        assertEquals("2025-09-03", time("Wednesday").value());
        assertEquals("2025-09-01", time("Monday").value());
        assertEquals("2022", time("2022").value());
        assertEquals("2019", time("2019").value());
        // "80 years since Japan surrendered" counts back from publication to the surrender.
        assertEquals("1945", time("80 years since").value());
    }

    private TimeMention time(String text) {
        return seed.times().stream()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void quantitiesMeetSeedExpectations() {
        Quantity gas = quantity("about 15%");
        assertEquals(15.0, gas.value());
        assertEquals("%", gas.unit());
        assertTrue(gas.approximate());
        assertEquals("gas supplies", gas.measure());
        Quantity leaders = quantity("approximately two dozen");
        assertEquals(24.0, leaders.value());
        assertTrue(leaders.approximate());
        assertEquals("world leaders", leaders.measure());
        assertTrue(seed.quantities().stream().noneMatch(q -> q.text().contains("$")));
    }

    private Quantity quantity(String text) {
        return seed.quantities().stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void quotesMeetSeedExpectations() {
        assertQuote("unprecedented level", QuoteKind.PARTIAL, "Putin");
        assertQuote("China-Russia relations have withstood the test of international changes", QuoteKind.DIRECT, "Xi");
        assertQuote("more just and reasonable", QuoteKind.PARTIAL, "Xi");
        assertQuote("reflects the strategic nature of Russian-Chinese ties", QuoteKind.PARTIAL, "Putin");
        assertQuote("we were always together then, and we remain together now.", QuoteKind.DIRECT, "Putin");
        assertQuote("bullying behavior", QuoteKind.PARTIAL, "Xi");
        assertQuote("no limits", QuoteKind.SCARE, "");
    }

    @Test
    void quoteCueIsTheVerbWhoseComplementHoldsTheQuote() {
        assertEquals(
                "say",
                quoteText("reflects the strategic nature of Russian-Chinese ties")
                        .cue());
        assertEquals(
                "stress",
                quoteText("we were always together then, and we remain together now.")
                        .cue());
    }

    @Test
    void theTwoWhoMetIsNotAQuantity() {
        int twoWhoMet = seed.text().indexOf("two met");
        assertTrue(twoWhoMet > 0);
        assertTrue(
                seed.quantities().stream().noneMatch(q -> q.span().contains(twoWhoMet)),
                seed.quantities().toString());
    }

    @Test
    void datesMatchGoldenFile() {
        GoldenFiles.assertMatches("dates", "seed", GoldenFiles.dates(seed));
    }

    @Test
    void quotesMatchGoldenFile() {
        GoldenFiles.assertMatches("quotes", "seed", GoldenFiles.quotes(seed));
    }

    private Quote quoteText(String text) {
        return seed.quotes().stream()
                .filter(q -> q.text().equals(text) && q.kind() != QuoteKind.INDIRECT)
                .findFirst()
                .orElseThrow(() -> new AssertionError(text));
    }

    private void assertQuote(String text, QuoteKind kind, String speaker) {
        Quote quote = seed.quotes().stream()
                .filter(q -> q.text().equals(text) && q.kind() != QuoteKind.INDIRECT)
                .findFirst()
                .orElseThrow(() -> new AssertionError(text));
        assertEquals(kind, quote.kind(), text);
        String found =
                Optional.ofNullable(quote.speakerSpan()).map(seed::textOf).orElse("");
        assertTrue(speaker.isEmpty() ? found.isEmpty() : found.contains(speaker), text + " -> " + found);
    }
}
