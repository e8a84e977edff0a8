package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatePeriodTest {
    @Test
    void partialDatesCoverTheirWholePeriod() {
        assertEquals(period(2025, 9, 2, 2025, 9, 2), DatePeriod.of("2025-09-02"));
        assertEquals(period(2024, 2, 1, 2024, 2, 29), DatePeriod.of("2024-02"));
        assertEquals(period(2022, 1, 1, 2022, 12, 31), DatePeriod.of("2022"));
        assertEquals(period(2025, 9, 1, 2025, 9, 7), DatePeriod.of("2025-W36"));
        assertEquals(period(2025, 7, 1, 2025, 9, 30), DatePeriod.of("2025-Q3"));
        assertEquals(period(2025, 9, 2, 2025, 9, 2), DatePeriod.of("2025-09-02T10:00"));
    }

    @Test
    void durationsAndNonsenseCoverNoDays() {
        assertEquals(Optional.empty(), DatePeriod.of("P80Y"));
        assertEquals(Optional.empty(), DatePeriod.of(""));
        assertEquals(Optional.empty(), DatePeriod.of(null));
        assertEquals(Optional.empty(), DatePeriod.of("2025-13"));
        assertEquals(Optional.empty(), DatePeriod.of("2025-02-30"));
    }

    private static Optional<DatePeriod> period(int y1, int m1, int d1, int y2, int m2, int d2) {
        return Optional.of(new DatePeriod(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2)));
    }
}
