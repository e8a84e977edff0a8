package org.annals.core;

/** Whether an event is reported as having happened, and when relative to the report. */
public enum Modality {
    ASSERTED,
    NEGATED,
    FUTURE,
    HYPOTHETICAL,
    HISTORICAL
}
