package org.annals.store;

/**
 * One real-world happening: {@code event} is one of its reports (the first stored one when it matches the query),
 * {@code mentions} the number of stored events that report it and {@code documents} the number of articles they
 * come from.
 */
public record HappeningRow(EventRow event, long mentions, long documents) {}
