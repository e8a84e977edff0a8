package org.annals.store;

/**
 * The events that rest on a quote. Events keep the ordinal of their quote ({@code events.quote_ord}); these
 * expressions turn that link around, so a quote can name the events it belongs to. {@code alias} is the quotes
 * table's alias in the surrounding query.
 */
final class QuoteEvents {
    private QuoteEvents() {}

    /** The ids of the quote's events in text order, or an empty list. */
    static String ids(String alias) {
        return listOf("e.id", alias) + " AS event_ids";
    }

    /** The types of the quote's events, in the same order as {@link #ids}. */
    static String types(String alias) {
        return listOf("e.type", alias) + " AS event_types";
    }

    private static String listOf(String column, String alias) {
        return "coalesce((SELECT list(" + column + " ORDER BY e.evidence_start, e.id) FROM events e"
                + " WHERE e.doc_id = " + alias + ".doc_id AND e.quote_ord = " + alias + ".ord), []::VARCHAR[])";
    }
}
