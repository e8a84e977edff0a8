package org.annals.app.apibench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Takes a {@link QuerySample} from a running server: pages of {@code /api/events} at random offsets, so actors and
 * pairs come with the skew of the data, and words from the titles of their documents.
 */
public final class QuerySampler {
    private static final int PAGES = 4;
    private static final int PAGE_SIZE = 500;
    private static final int SHORTEST_WORD = 5;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final String baseUrl;

    public QuerySampler(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    public QuerySample sample(Random random) throws IOException, InterruptedException {
        long total = get("/api/events?limit=1").path("total").asLong();
        List<String> actors = new ArrayList<>();
        List<List<String>> pairs = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> words = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        long lastStart = Math.max(total - PAGE_SIZE, 0);
        for (int page = 0; page < PAGES; page++) {
            long offset = lastStart == 0 ? 0 : (long) (random.nextDouble() * lastStart);
            JsonNode events =
                    get("/api/events?limit=" + PAGE_SIZE + "&offset=" + offset).path("items");
            for (JsonNode event : events) {
                add(event, actors, pairs);
                types.add(event.path("type").asText());
                date(event.path("date").asText()).ifPresent(dates::add);
                date(event.path("published").asText()).ifPresent(dates::add);
                titleWords(event.path("title").asText(), words);
            }
        }
        types.remove("");
        return new QuerySample(
                actors,
                pairs,
                List.copyOf(types),
                dates.isEmpty() ? null : dates.first(),
                dates.isEmpty() ? null : dates.last(),
                List.copyOf(words));
    }

    private static void add(JsonNode event, List<String> actors, List<List<String>> pairs) {
        List<String> sources = ids(event.path("sources"));
        List<String> targets = ids(event.path("targets"));
        actors.addAll(sources);
        actors.addAll(targets);
        if (!sources.isEmpty() && !targets.isEmpty() && !sources.get(0).equals(targets.get(0))) {
            pairs.add(List.of(sources.get(0), targets.get(0)));
        }
    }

    private static List<String> ids(JsonNode actors) {
        List<String> ids = new ArrayList<>();
        actors.forEach(actor -> ids.add(actor.path("id").asText()));
        return ids;
    }

    static void titleWords(String title, TreeSet<String> words) {
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= SHORTEST_WORD) {
                words.add(word);
            }
        }
    }

    private static java.util.Optional<LocalDate> date(String text) {
        if (text.length() < 10) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofMinutes(2))
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return MAPPER.readTree(response.body());
    }
}
