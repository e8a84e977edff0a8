package org.annals.app.apibench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Draws requests like a workbench user's: mostly event lists and pair timelines, then searches, actor pages and the
 * network, with parameters from a {@link QuerySample}. Not thread-safe: give each client its own {@link Random}.
 */
public final class QueryMix {
    /** Relative weights, in the order of {@link QueryKind}. */
    private static final int[] WEIGHTS = {20, 15, 10, 10, 5, 20, 12, 8};

    private static final int[] OFFSETS = {0, 0, 0, 0, 50, 100};
    private static final int PAGE = 50;

    private final QuerySample sample;
    private final int totalWeight;

    public QueryMix(QuerySample sample) {
        this.sample = sample;
        int sum = 0;
        for (int weight : WEIGHTS) {
            sum += weight;
        }
        this.totalWeight = sum;
    }

    public ApiQuery next(Random random) {
        QueryKind kind = kind(random);
        return new ApiQuery(kind, build(kind, random));
    }

    private QueryKind kind(Random random) {
        int draw = random.nextInt(totalWeight);
        for (int i = 0; i < WEIGHTS.length; i++) {
            draw -= WEIGHTS[i];
            if (draw < 0) {
                return QueryKind.values()[i];
            }
        }
        throw new IllegalStateException("weights do not cover the draw");
    }

    private String build(QueryKind kind, Random random) {
        return switch (kind) {
            case EVENTS_ACTOR ->
                "/api/events?actor=" + encode(pick(sample.actors(), random))
                        + (random.nextBoolean() ? dateRange(random, 365) : "") + page(random);
            case EVENTS_PAIR -> "/api/events?pair=" + encode(String.join(",", pair(random))) + page(random);
            case EVENTS_TYPE_DATES ->
                "/api/events?type=" + encode(pick(sample.types(), random)) + dateRange(random, 90) + page(random);
            case RELATIONS_MONTH -> relations(random, "month");
            case RELATIONS_WEEK -> relations(random, "week") + dateRange(random, 365);
            case DOCUMENTS_SEARCH -> "/api/documents?q=" + encode(searchText(random)) + "&limit=20";
            case ACTOR_PROFILE -> "/api/actors/" + encode(pick(sample.actors(), random));
            case NETWORK -> "/api/network?limit=30" + dateRange(random, 90);
        };
    }

    private String relations(Random random, String interval) {
        List<String> pair = pair(random);
        return "/api/relations?a=" + encode(pair.get(0)) + "&b=" + encode(pair.get(1)) + "&interval=" + interval;
    }

    private List<String> pair(Random random) {
        return pick(sample.pairs(), random);
    }

    /** One word, or two for a narrower search, as people type them. */
    private String searchText(Random random) {
        String first = pick(sample.words(), random);
        return random.nextInt(3) == 0 ? first + " " + pick(sample.words(), random) : first;
    }

    /** A window of {@code days} days starting on a day inside the store's span. */
    private String dateRange(Random random, int days) {
        long span = ChronoUnit.DAYS.between(sample.first(), sample.last());
        LocalDate from = sample.first().plusDays(span <= 0 ? 0 : (long) (random.nextDouble() * span));
        return "&from=" + from + "&to=" + from.plusDays(days - 1L);
    }

    private static String page(Random random) {
        return "&limit=" + PAGE + "&offset=" + OFFSETS[random.nextInt(OFFSETS.length)];
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
