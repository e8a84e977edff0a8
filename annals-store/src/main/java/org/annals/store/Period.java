package org.annals.store;

import java.util.Locale;

/** The length of one point of a time series; weeks start on Monday (ISO 8601). */
public enum Period {
    DAY,
    WEEK,
    MONTH;

    String sqlPart() {
        return name().toLowerCase(Locale.ROOT);
    }
}
