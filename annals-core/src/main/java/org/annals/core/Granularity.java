package org.annals.core;

/** How precise a resolved time value is. */
public enum Granularity {
    INSTANT,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    SEASON,
    YEAR,
    DECADE,
    CENTURY,
    DURATION,
    UNRESOLVED
}
