package org.annals.coding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO week values of the time stage ("2006-W13", a weekend "2019-W34-WE") against days. "Apple Corps sues Apple
 * Computer" dated the day of publication and "has filed a lawsuit ... this week" dated its week ("2006-03-28",
 * "2006-W13") tell the same time, though neither value is the other's prefix as a month and its days are. A weekend
 * holds only its Saturday and Sunday.
 */
final class WeekDays {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private WeekDays() {}

    /** Whether one value is a day and the other the week or weekend that holds it. */
    static boolean together(String a, String b) {
        return inWeek(a, b) || inWeek(b, a);
    }

    /** The Sunday that ends a whole week value ("2025-W34"); none for a weekend, another value or no such week. */
    static Optional<LocalDate> lastDay(String week) {
        Matcher m = WEEK.matcher(week);
        if (!m.matches() || m.group(3) != null) {
            return Optional.empty();
        }
        LocalDate midYear = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1);
        int number = Integer.parseInt(m.group(2));
        // The adjuster would roll a week 53 of a year of 52 weeks over into the next year's first.
        if (!midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidIntValue(number)) {
            return Optional.empty();
        }
        return Optional.of(
                midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.SUNDAY));
    }

    private static boolean inWeek(String day, String week) {
        Matcher m = WEEK.matcher(week);
        if (!m.matches() || !DAY.matcher(day).matches()) {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(day);
            boolean sameWeek = date.get(IsoFields.WEEK_BASED_YEAR) == Integer.parseInt(m.group(1))
                    && date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == Integer.parseInt(m.group(2));
            return sameWeek && (m.group(3) == null || weekend(date));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
