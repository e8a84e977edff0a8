package org.annals.coding;

import java.util.Comparator;
import java.util.List;

/** A CAMEO dictionary code with the days it holds, as yyyymmdd numbers; the undated code holds always. */
record DatedCode(String code, int from, int to, boolean undated) {
    static final int EARLIEST = 0;
    static final int LATEST = 99_999_999;
    // TABARI's six-digit dates: years before 30 are this century's.
    private static final int CENTURY_PIVOT = 30;

    DatedCode(String code, int from, int to) {
        this(code, from, to, false);
    }

    static DatedCode undated(String code) {
        return new DatedCode(code, EARLIEST, LATEST, true);
    }

    static int day(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 8) {
            return value;
        }
        int year = value / 10_000;
        return value + (year < CENTURY_PIVOT ? 20_000_000 : 19_000_000);
    }

    /** The undated code if there is one (the first), else the one that holds latest. */
    static DatedCode current(List<DatedCode> codes) {
        return codes.stream().filter(DatedCode::undated).findFirst().orElseGet(() -> codes.stream()
                .max(Comparator.comparingInt(DatedCode::to).thenComparingInt(DatedCode::from))
                .orElseThrow());
    }
}
