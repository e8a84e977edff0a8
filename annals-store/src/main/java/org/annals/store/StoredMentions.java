package org.annals.store;

/**
 * The further tellings of stored events, kept in the parallel columns {@code mentions}, {@code mention_starts} and
 * {@code mention_ends}, read back as one list of {@code {start, end, text}} records in text order.
 */
final class StoredMentions {
    private StoredMentions() {}

    /** The SQL expression of the list, for the events table under {@code alias} ("e." or "" for none). */
    static String records(String alias) {
        return " list_transform(generate_series(1, len(coalesce(" + alias + "mentions, []))), lambda i: {'start': "
                + alias + "mention_starts[i], 'end': " + alias + "mention_ends[i], 'text': " + alias
                + "mentions[i]})";
    }
}
