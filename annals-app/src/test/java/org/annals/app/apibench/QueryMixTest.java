package org.annals.app.apibench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The query mix covers every kind, keeps the data's skew, stays inside the data's dates and encodes parameters. */
class QueryMixTest {
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2020, 12, 31);

    private static QuerySample sample() {
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            actors.add("FRQ");
        }
        actors.add("person:ana lópez");
        return new QuerySample(
                actors,
                List.of(List.of("FRQ", "person:ana lópez")),
                List.of("CONSULT", "ACCUSE"),
                FIRST,
                LAST,
                List.of("harbour", "treaty"));
    }

    @Test
    void everyKindIsDrawnAndTheSameSeedGivesTheSameSequence() {
        QueryMix mix = new QueryMix(sample());
        Map<QueryKind, Integer> counts = new EnumMap<>(QueryKind.class);
        Random random = new Random(5);
        Random again = new Random(5);
        for (int i = 0; i < 2000; i++) {
            ApiQuery query = mix.next(random);
            assertEquals(query, mix.next(again));
            counts.merge(query.kind(), 1, Integer::sum);
        }
        assertEquals(QueryKind.values().length, counts.size(), counts.toString());
    }

    @Test
    void frequentActorsAreDrawnAsOftenAsTheDataNamesThem() {
        QueryMix mix = new QueryMix(sample());
        Map<String, Integer> byActor = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 5000; i++) {
            ApiQuery query = mix.next(random);
            if (query.kind() == QueryKind.EVENTS_ACTOR) {
                byActor.merge(parameters(query).get("actor"), 1, Integer::sum);
            }
        }
        double share = byActor.get("FRQ") / (double) (byActor.get("FRQ") + byActor.get("person:ana lópez"));
        assertTrue(share > 0.85 && share < 0.95, "share of the frequent actor: " + share);
    }

    @Test
    void pairsDatesAndWordsComeFromTheSampleAndAreValidUrls() {
        QueryMix mix = new QueryMix(sample());
        Random random = new Random(2);
        for (int i = 0; i < 3000; i++) {
            ApiQuery query = mix.next(random);
            URI uri = URI.create("http://127.0.0.1:1" + query.pathAndQuery());
            Map<String, String> p = parameters(query);
            if (p.containsKey("from")) {
                LocalDate from = LocalDate.parse(p.get("from"));
                assertTrue(!from.isBefore(FIRST) && !from.isAfter(LAST), query.toString());
                assertTrue(!LocalDate.parse(p.get("to")).isBefore(from), query.toString());
            }
            if (query.kind() == QueryKind.EVENTS_PAIR) {
                assertEquals("FRQ,person:ana lópez", p.get("pair"));
            }
            if (query.kind() == QueryKind.RELATIONS_MONTH) {
                assertEquals("month", p.get("interval"));
                assertEquals("person:ana lópez", p.get("b"));
            }
            if (query.kind() == QueryKind.DOCUMENTS_SEARCH) {
                assertTrue(p.get("q").matches("(harbour|treaty)( (harbour|treaty))?"), p.get("q"));
            }
            if (query.kind() == QueryKind.ACTOR_PROFILE) {
                String id =
                        URLDecoder.decode(uri.getRawPath().substring("/api/actors/".length()), StandardCharsets.UTF_8);
                assertTrue(id.equals("FRQ") || id.equals("person:ana lópez"), id);
            }
        }
    }

    @Test
    void aStoreWithoutPairsCannotBeBenchmarked() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new QuerySample(List.of("A"), List.of(), List.of("CONSULT"), FIRST, LAST, List.of("word")));
    }

    private static Map<String, String> parameters(ApiQuery query) {
        Map<String, String> parameters = new HashMap<>();
        String raw = URI.create("http://127.0.0.1:1" + query.pathAndQuery()).getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String part : raw.split("&")) {
            String[] kv = part.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
