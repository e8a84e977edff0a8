package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.core.Event;
import org.annals.core.Granularity;
import org.annals.core.Modality;
import org.junit.jupiter.api.Test;

/**
 * An act told in a clause placed an amount of time after or before another happening is dated by counting from the
 * time the sentence gives that happening, and is left undated when the sentence gives no amount or the amount is
 * finer than that time. An article published on 2025-09-02.
 */
class CountedOffsetsTest {
    private static Event criticism(String conll) {
        return code(conll).stream()
                .filter(e -> e.type().equals("ACCUSE"))
                .findFirst()
                .orElseThrow();
    }

    // "The summit was held HOST, AMOUNT MARKER China criticized Britain." with the host's time on tokens 5-7.
    private static String summit(String host, String hostTime, String amount, String amountTime, String marker) {
        String rows = """
                1 The the DT O 2 det
                2 summit summit NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 held hold VBN O 0 root
                %s
                8 , , , O 4 punct
                %s
                11 %s %s IN O 14 mark
                12 China China NNP LOCATION 14 nsubj
                13 sharply sharply RB O 14 advmod
                14 criticized criticize VBD O 4 advcl
                15 Britain Britain NNP LOCATION 14 obj
                16 . . . O 4 punct
                %s
                %s
                """;
        return String.format(Locale.ROOT, rows, host, amount, marker, marker, hostTime, amountTime)
                .lines()
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static final String IN_MARCH_2025 = """
            5 in in IN O 6 case
            6 March March NNP DATE 4 obl
            7 2025 2025 CD DATE 6 nummod""";
    private static final String MARCH_2025 = "#time 6-7 2025-03 MONTH PAST";
    private static final String ON_5_MAY_2025 = """
            5 on on IN O 6 case
            6 5 5 CD DATE 4 obl
            7 May May NNP DATE 6 nmod""";
    private static final String MAY_5_2025 = "#time 6-7 2025-05-05 DAY PAST";
    private static final String TWO_MONTHS = """
            9 two two CD DATE 10 nummod
            10 months month NNS DATE 14 obl:npmod""";
    private static final String TWO_DAYS = """
            9 two two CD DATE 10 nummod
            10 days day NNS DATE 14 obl:npmod""";
    private static final String NO_AMOUNT = """
            9 just just RB O 14 advmod
            10 shortly shortly RB O 14 advmod""";

    @Test
    void anActTwoMonthsAfterADatedHappeningIsTwoMonthsEarlier() {
        Event e = criticism(summit(IN_MARCH_2025, MARCH_2025, TWO_MONTHS, "#time 9-10 P2M DURATION UNKNOWN", "after"));
        assertEquals("2025-01", e.date(), "March 2025 less two months, not the summit's March");
        assertEquals(Granularity.MONTH, e.dateGranularity());
    }

    @Test
    void anActTwoDaysBeforeADatedHappeningIsTwoDaysLater() {
        Event e = criticism(summit(ON_5_MAY_2025, MAY_5_2025, TWO_DAYS, "#time 9-10 P2D DURATION UNKNOWN", "before"));
        assertEquals("2025-05-07", e.date());
        assertEquals(Granularity.DAY, e.dateGranularity());
    }

    @Test
    void anActCountedBackIntoAnEarlierYearIsHistorical() {
        Event e = criticism(summit(
                IN_MARCH_2025,
                MARCH_2025,
                TWO_MONTHS.replace("two two", "six six"),
                "#time 9-10 P6M DURATION UNKNOWN",
                "after"));
        assertEquals("2024-09", e.date());
        assertEquals(Modality.HISTORICAL, e.modality());
    }

    @Test
    void regressionAnActAfterADatedHappeningWithNoAmountTakesNotItsTime() {
        Event e = criticism(summit(IN_MARCH_2025, MARCH_2025, NO_AMOUNT, "", "after"));
        assertEquals("", e.date(), "March dates the summit; the criticism came some time before it");
    }

    @Test
    void regressionDaysCountedFromAMonthGiveNoDate() {
        Event e = criticism(summit(IN_MARCH_2025, MARCH_2025, TWO_DAYS, "#time 9-10 P2D DURATION UNKNOWN", "after"));
        assertEquals("", e.date(), "a month less two days is no day and may be either month");
    }

    @Test
    void regressionAnAmountCountedFromAHostWithoutATimeGivesNoDate() {
        Event e = criticism("""
                1 The the DT O 2 det
                2 summit summit NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 held hold VBN O 0 root
                5 two two CD DATE 6 nummod
                6 months month NNS DATE 9 obl:npmod
                7 after after IN O 9 mark
                8 China China NNP LOCATION 9 nsubj
                9 criticized criticize VBD O 4 advcl
                10 Britain Britain NNP LOCATION 9 obj
                11 . . . O 4 punct
                #time 5-6 P2M DURATION UNKNOWN
                """);
        assertEquals("", e.date(), "not the publication date");
    }

    @Test
    void anUndatedActBeforeAHappeningOfAnEarlierYearIsHistorical() {
        Event e = criticism(summit(
                IN_MARCH_2025.replace("2025 2025", "2019 2019"),
                MARCH_2025.replace("2025-03", "2019-03"),
                NO_AMOUNT,
                "",
                "after"));
        assertEquals("", e.date());
        assertEquals(Modality.HISTORICAL, e.modality(), "it came before a happening of 2019");
    }

    @Test
    void regressionAnUndatedActAfterAHappeningOfAnEarlierYearIsNotMadeHistorical() {
        Event e = criticism(summit(
                IN_MARCH_2025.replace("2025 2025", "2019 2019"),
                MARCH_2025.replace("2025-03", "2019-03"),
                NO_AMOUNT,
                "",
                "before"));
        assertEquals("", e.date());
        assertEquals(Modality.ASSERTED, e.modality(), "what came after 2019 may be this year's news");
    }

    @Test
    void anUndatedActJustBeforeAHappeningOfAYearSharesItsYear() {
        Event e = criticism(summit("""
                5 in in IN O 6 case
                6 early early JJ O 7 amod
                7 2019 2019 CD DATE 4 obl""", "#time 7-7 2019 YEAR PAST", NO_AMOUNT, "", "after"));
        assertEquals("2019", e.date());
        assertEquals(Modality.HISTORICAL, e.modality());
    }
}
