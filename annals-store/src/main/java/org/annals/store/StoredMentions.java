package org.annals.store;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The further tellings of stored events, kept in the parallel columns {@code mentions}, {@code mention_starts} and
 * {@code mention_ends}, read back as one list of {@code {start, end, text}} records in text order.
 */
final class StoredMentions {
    private StoredMentions() {}

    /** The tellings of one event from its three columns (NULL reads as none), in the stored order. */
    static List<EventMention> read(Array texts, Array starts, Array ends) throws SQLException {
        List<String> text = SqlArrays.strings(texts);
        List<Integer> start = SqlArrays.ints(starts);
        List<Integer> end = SqlArrays.ints(ends);
        List<EventMention> mentions = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            mentions.add(new EventMention(start.get(i), end.get(i), text.get(i)));
        }
        return mentions;
    }

    /** The SQL expression of the list, for the events table under {@code alias} ("e." or "" for none). */
    static String records(String alias) {
        return " list_transform(generate_series(1, len(coalesce(" + alias + "mentions, []))), lambda i: {'start': "
                + alias + "mention_starts[i], 'end': " + alias + "mention_ends[i], 'text': " + alias
                + "mentions[i]})";
    }
}
