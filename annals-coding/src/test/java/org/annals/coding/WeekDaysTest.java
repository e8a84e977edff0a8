package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekDaysTest {
    @Test
    void aDayAndTheWeekThatHoldsItAreTogether() {
        assertTrue(WeekDays.together("2006-03-28", "2006-W13"));
        assertFalse(WeekDays.together("2006-W14", "2006-03-28"));
    }

    @Test
    void aWeekendHoldsOnlyItsSaturdayAndSunday() {
        assertTrue(WeekDays.together("2019-08-24", "2019-W34-WE"));
        assertFalse(WeekDays.together("2019-08-21", "2019-W34-WE"));
    }

    @Test
    void aWeekEndsOnItsSunday() {
        assertEquals(Optional.of(LocalDate.of(2025, 8, 24)), WeekDays.lastDay("2025-W34"));
        assertEquals(Optional.empty(), WeekDays.lastDay("2019-W34-WE"));
        assertEquals(Optional.empty(), WeekDays.lastDay("2025-08"));
    }

    @Test
    void regressionAWeekTheYearDoesNotHaveEndsNoDayInsteadOfFailing() {
        assertEquals(Optional.empty(), WeekDays.lastDay("2021-W53"));
        assertEquals(Optional.empty(), WeekDays.lastDay("2021-W00"));
    }
}
