package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class RelationCountsTest {
    @Test
    void textIsOrderedAsItsUtf8BytesAsDuckDbOrdersIt() {
        List<String> values = List.of("", "a", "ab", "B", "é", "\uFFFD", "\uD83D\uDE00", "z\uD83D\uDE00", "z\uFFFD");
        for (String x : values) {
            for (String y : values) {
                assertEquals(
                        Integer.signum(new BytesRef(x).compareTo(new BytesRef(y))),
                        Integer.signum(RelationCounts.BYTE_ORDER.compare(x, y)),
                        x + " vs " + y);
            }
        }
    }

    @Test
    void periodsStartOnTheFirstDayOfTheMonthAndOnMondays() {
        LocalDate thursday = LocalDate.of(2025, 9, 4);
        assertEquals(thursday, RelationCounts.start(Period.DAY, thursday));
        assertEquals(LocalDate.of(2025, 9, 1), RelationCounts.start(Period.WEEK, thursday));
        assertEquals(LocalDate.of(2025, 9, 1), RelationCounts.start(Period.MONTH, thursday));
        assertEquals(LocalDate.of(2025, 8, 25), RelationCounts.start(Period.WEEK, LocalDate.of(2025, 8, 31)));
    }
}
