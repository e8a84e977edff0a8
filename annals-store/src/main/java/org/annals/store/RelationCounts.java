package org.annals.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The relation of two actors over time and the strongest pairs, counted in Java over the doc values of the events
 * the {@link EventIndex} matches, with the results {@link Browse#relation} and {@link Browse#network} give in SQL.
 */
final class RelationCounts {
    /** UTF-8 byte order, the order DuckDB sorts text in: code point order, without encoding the strings. */
    static final Comparator<String> BYTE_ORDER = RelationCounts::compareCodePoints;

    private static final Comparator<MatchedEvents.Match> FIRST_STORED = Comparator.comparingLong(
                    MatchedEvents.Match::ingestedMicros)
            .thenComparing(MatchedEvents.Match::id, BYTE_ORDER);

    private static final List<String> RELATION_COLUMNS =
            List.of("period", "type", "events", "intensity_sum", "event_ids");
    private static final List<String> NETWORK_COLUMNS = List.of(
            "first_id",
            "first_name",
            "first_kind",
            "second_id",
            "second_name",
            "second_kind",
            "events",
            "mean_intensity");

    private RelationCounts() {}

    private static int compareCodePoints(String x, String y) {
        int length = Math.min(x.length(), y.length());
        for (int i = 0; i < length; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b) {
                return codePointRank(a) - codePointRank(b);
            }
        }
        return x.length() - y.length();
    }

    /** Surrogates (code points above U+FFFF) rank after U+E000-U+FFFF, as in code point order. */
    private static int codePointRank(char c) {
        if (c < 0xD800) {
            return c;
        }
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    static TableResult relation(
            EventIndex index, String a, String b, Period period, LocalDate from, LocalDate to, Counting counting)
            throws IOException, SQLException {
        if (a.equals(b)) {
            // An event never pairs an actor with itself.
            return new TableResult(RELATION_COLUMNS, List.of(), false);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        EventIndexQuery.filter(query, EventIndexQuery.pairs(List.of(a), List.of(b)));
        // Events without a day have no period; they are left out before happenings pick their first report.
        EventIndexQuery.filter(query, new FieldExistsQuery(EventFields.DAY));
        EventIndexQuery.addDayRange(query, from, to);
        Collection<MatchedEvents.Match> counted = index.search(searcher -> counted(searcher, query.build(), counting));
        Map<LocalDate, Map<String, List<MatchedEvents.Match>>> groups = new TreeMap<>();
        for (MatchedEvents.Match match : counted) {
            groups.computeIfAbsent(start(period, match.day()), day -> new TreeMap<>(BYTE_ORDER))
                    .computeIfAbsent(match.type(), type -> new ArrayList<>())
                    .add(match);
        }
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((day, byType) -> byType.forEach((type, matches) -> rows.add(relationRow(day, type, matches))));
        return new TableResult(RELATION_COLUMNS, rows, false);
    }

    private static List<Object> relationRow(LocalDate day, String type, List<MatchedEvents.Match> matches) {
        List<Object> ids = new ArrayList<>(
                matches.stream().map(MatchedEvents.Match::id).sorted(BYTE_ORDER).toList());
        List<Object> row = new ArrayList<>();
        row.add(day);
        row.add(type);
        row.add((long) matches.size());
        row.add(intensitySum(matches));
        row.add(ids);
        return row;
    }

    /** The sum of known intensities, null when none is known (as SQL sums). */
    private static Double intensitySum(List<MatchedEvents.Match> matches) {
        Double sum = null;
        for (MatchedEvents.Match match : matches) {
            if (match.intensity() != null) {
                sum = (sum == null ? 0.0 : sum) + match.intensity();
            }
        }
        return sum;
    }

    /** The first day of the period {@code day} falls in; weeks start on Monday. */
    static LocalDate start(Period period, LocalDate day) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /**
     * Every match, or the first stored report of each happening among them: a match whose happening key no other
     * match shares is its happening's only report; the others are told apart by their happening ids.
     */
    private static Collection<MatchedEvents.Match> counted(IndexSearcher searcher, Query query, Counting counting)
            throws IOException {
        if (counting == Counting.EVENTS) {
            return MatchedEvents.of(searcher, query, MatchedEvents.ALL, MatchedEvents.NONE, false);
        }
        HappeningKeys keys = HappeningKeys.of(searcher, query);
        List<MatchedEvents.Match> counted = new ArrayList<>();
        Map<String, MatchedEvents.Match> first = new HashMap<>();
        for (MatchedEvents.Match match : MatchedEvents.of(searcher, query, MatchedEvents.ALL, keys::shared, false)) {
            if (match.happeningId() == null) {
                counted.add(match);
            } else {
                first.merge(match.happeningId(), match, (x, y) -> FIRST_STORED.compare(x, y) <= 0 ? x : y);
            }
        }
        counted.addAll(first.values());
        return counted;
    }

    static TableResult network(EventIndex index, LocalDate from, LocalDate to, int limit, Counting counting)
            throws IOException, SQLException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Query query = EventIndexQuery.addDayRange(builder, from, to) ? builder.build() : new MatchAllDocsQuery();
        Map<String, PairCount> pairs = index.search(searcher -> pairCounts(searcher, query, counting));
        List<PairCount> top = pairs.values().stream()
                .sorted(Comparator.comparingLong(PairCount::events)
                        .reversed()
                        .thenComparing(PairCount::first, BYTE_ORDER)
                        .thenComparing(PairCount::second, BYTE_ORDER))
                .limit(limit)
                .toList();
        Set<String> ids = new LinkedHashSet<>();
        top.forEach(p -> {
            ids.add(p.first());
            ids.add(p.second());
        });
        Map<String, String[]> actors = index.actors().details(ids);
        List<List<Object>> rows = new ArrayList<>();
        for (PairCount pair : top) {
            rows.add(pair.row(actors));
        }
        return new TableResult(NETWORK_COLUMNS, rows, false);
    }

    /**
     * Events per pair, or happenings: a match whose happening key no other match shares counts as its happening's
     * only report, by ordinals like every event; the others are told apart by their happening ids.
     */
    private static Map<String, PairCount> pairCounts(IndexSearcher searcher, Query query, Counting counting)
            throws IOException {
        Map<String, PairCount> pairs = new HashMap<>();
        LongPredicate alone = MatchedEvents.ALL;
        HappeningKeys keys = null;
        if (counting == Counting.HAPPENINGS) {
            HappeningKeys shared = HappeningKeys.of(searcher, query);
            keys = shared;
            alone = key -> !shared.shared(key);
        }
        PairTally.count(searcher, query, alone)
                .forEach((key, tally) ->
                        pairs.put(key, new PairCount(key, tally.events(), tally.intensitySum(), tally.intensities())));
        if (keys != null) {
            List<MatchedEvents.Match> sharing =
                    MatchedEvents.of(searcher, query, keys::shared, MatchedEvents.ALL, true);
            for (MatchedEvents.Match match : firstPerPair(sharing)) {
                // firstPerPair gives one entry per counted (happening, pair); the pair key rides in distinctPairs.
                String key = match.distinctPairs().get(0);
                pairs.computeIfAbsent(key, k -> new PairCount(k, 0, 0, 0)).add(match.intensity());
            }
        }
        return pairs;
    }

    /**
     * One entry per pair of each happening, its first stored report of that pair, with {@code distinctPairs}
     * narrowed to that one pair.
     */
    private static Collection<MatchedEvents.Match> firstPerPair(List<MatchedEvents.Match> matches) {
        List<MatchedEvents.Match> perPair = new ArrayList<>();
        for (MatchedEvents.Match match : matches) {
            for (String pair : match.distinctPairs()) {
                perPair.add(new MatchedEvents.Match(
                        match.id(),
                        match.type(),
                        match.day(),
                        match.happeningId(),
                        match.ingestedMicros(),
                        match.intensity(),
                        List.of(pair)));
            }
        }
        Map<List<String>, MatchedEvents.Match> first = new HashMap<>();
        for (MatchedEvents.Match match : perPair) {
            List<String> key = java.util.Arrays.asList(
                    match.happeningId(), match.distinctPairs().get(0));
            first.merge(key, match, (x, y) -> FIRST_STORED.compare(x, y) <= 0 ? x : y);
        }
        return first.values();
    }

    /** The counted events of one pair. */
    private static final class PairCount {
        private final String first;
        private final String second;
        private long events;
        private double intensitySum;
        private long intensities;

        PairCount(String key, long events, double intensitySum, long intensities) {
            String[] ids = EventFields.pairIds(key);
            this.first = ids[0];
            this.second = ids[1];
            this.events = events;
            this.intensitySum = intensitySum;
            this.intensities = intensities;
        }

        void add(Double intensity) {
            events++;
            if (intensity != null) {
                intensitySum += intensity;
                intensities++;
            }
        }

        String first() {
            return first;
        }

        String second() {
            return second;
        }

        long events() {
            return events;
        }

        List<Object> row(Map<String, String[]> actors) {
            String[] a = actors.getOrDefault(first, new String[] {first, null});
            String[] b = actors.getOrDefault(second, new String[] {second, null});
            List<Object> row = new ArrayList<>();
            row.add(first);
            row.add(a[0]);
            row.add(a[1]);
            row.add(second);
            row.add(b[0]);
            row.add(b[1]);
            row.add(events);
            row.add(intensities == 0 ? null : intensitySum / intensities);
            return row;
        }
    }
}
