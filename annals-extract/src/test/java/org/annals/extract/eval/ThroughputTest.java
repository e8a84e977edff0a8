package org.annals.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputTest {
    private static final List<FixturePage> PAGES = List.of(
            new FixturePage("a", "", "<p>one</p>", "one", List.of()),
            new FixturePage("b", "", "<p>two</p>", "two", List.of()));

    /** Counts its calls; a fake standing in for an extractor. */
    private static final class CountingExtractor implements TextExtractor {
        private int calls;

        @Override
        public String extract(String html) {
            calls++;
            return html;
        }
    }

    @Test
    void everySystemRunsItsWarmUpAndTimedPassesOverEveryPage() {
        CountingExtractor first = new CountingExtractor();
        CountingExtractor second = new CountingExtractor();
        Map<String, TextExtractor> systems = new LinkedHashMap<>();
        systems.put("first", first);
        systems.put("second", second);

        Map<String, Double> speeds = new Throughput(2, 3).medianPagesPerSecond(systems, PAGES);

        assertEquals(List.of("first", "second"), List.copyOf(speeds.keySet()));
        assertEquals((2 + 3) * PAGES.size(), first.calls);
        assertEquals((2 + 3) * PAGES.size(), second.calls);
        speeds.values().forEach(speed -> assertTrue(speed > 0, "pages/s " + speed));
    }

    @Test
    void aSystemThatThrowsIsStillTimed() {
        Map<String, TextExtractor> systems = Map.of("broken", html -> {
            throw new IllegalStateException("no");
        });

        assertTrue(new Throughput(0, 1).medianPagesPerSecond(systems, PAGES).get("broken") > 0);
    }

    @Test
    void medianOfAnOddAndAnEvenNumberOfRounds() {
        assertEquals(3.0, Throughput.median(List.of(9.0, 1.0, 3.0)));
        assertEquals(2.5, Throughput.median(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void noTimedRoundIsAConfigurationError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Throughput(3, 0));
        assertTrue(error.getMessage().contains("timed rounds 1 or more"), error.getMessage());
    }
}
