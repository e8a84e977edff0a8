package org.annals.app.apibench;

import java.time.LocalDate;
import java.util.List;

/**
 * What the query mix draws from, taken from the store itself: actor ids and pairs with repeats (one entry per event
 * they occur in, so frequent actors are drawn as often as the data names them), event types, the date span and words
 * of titles.
 */
public record QuerySample(
        List<String> actors,
        List<List<String>> pairs,
        List<String> types,
        LocalDate first,
        LocalDate last,
        List<String> words) {
    public QuerySample {
        actors = List.copyOf(actors);
        pairs = pairs.stream().map(List::copyOf).toList();
        types = List.copyOf(types);
        words = List.copyOf(words);
        if (actors.isEmpty() || pairs.isEmpty() || types.isEmpty() || words.isEmpty()) {
            throw new IllegalArgumentException("the store has too few events to benchmark: need actors, actor pairs,"
                    + " event types and titles, got " + actors.size() + " actors, " + pairs.size() + " pairs, "
                    + types.size() + " types, " + words.size() + " words");
        }
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("the store's events have no dates to draw ranges from");
        }
        if (pairs.stream().anyMatch(p -> p.size() != 2)) {
            throw new IllegalArgumentException("a pair needs two actors");
        }
    }
}
