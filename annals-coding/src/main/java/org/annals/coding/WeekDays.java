package org.annals.coding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Apple Corps sues Apple Computer" dated the day of publication and "has filed a lawsuit ... this week" dated its
 * ISO week ("2006-03-28", "2006-W13"): a day inside a week tells the same time, though neither value is the other's
 * prefix as a month and its days are. A weekend ("2019-W34-WE") holds only its Saturday and Sunday.
 */
final class WeekDays {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private WeekDays() {}

    /** Whether one value is a day and the other the week or weekend that holds it. */
    static boolean together(String a, String b) {
        return inWeek(a, b) || inWeek(b, a);
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
