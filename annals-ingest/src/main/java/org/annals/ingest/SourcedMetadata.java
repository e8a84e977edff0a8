package org.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.core.Metadata;

/** Metadata together with the origin of each field, so a user can see why a document has the date it has. */
record SourcedMetadata(Metadata metadata, Map<String, String> sources) {
    static final SourcedMetadata NONE = new SourcedMetadata(Metadata.EMPTY, Map.of());

    SourcedMetadata {
        sources = Map.copyOf(sources);
    }

    /**
     * Reads url, publisher, title, date and language from a JSON object; a bad date is left out and reported through the
     * returned problem.
     */
    static Parsed fromJson(JsonNode node, String origin) {
        Map<String, String> sources = new TreeMap<>();
        String url = field(node, "url", origin, sources);
        String publisher = field(node, "publisher", origin, sources);
        String title = field(node, "title", origin, sources);
        String language = field(node, "language", origin, sources);
        String rawDate = node.path("date").asText("");
        LocalDate date = null;
        String problem = null;
        if (!rawDate.isBlank()) {
            Optional<LocalDate> parsed = PublishedDates.tryParse(rawDate);
            if (parsed.isPresent()) {
                date = parsed.get();
                sources.put("date", origin);
            } else {
                problem = "invalid date '" + rawDate + "'; " + PublishedDates.VALID_FORMS;
            }
        }
        return new Parsed(new SourcedMetadata(new Metadata(url, publisher, title, date, language), sources), problem);
    }

    private static String field(JsonNode node, String name, String origin, Map<String, String> sources) {
        JsonNode value = node.path(name);
        if (!value.isValueNode() || value.asText().isBlank()) {
            return "";
        }
        sources.put(name, origin);
        return value.asText().strip();
    }

    /** The non-empty fields of {@code override} replace ours and are recorded as coming from {@code origin}. */
    SourcedMetadata overriddenBy(Metadata override, String origin) {
        Map<String, String> merged = new TreeMap<>(sources);
        mark(merged, "url", !override.url().isEmpty(), origin);
        mark(merged, "publisher", !override.publisher().isEmpty(), origin);
        mark(merged, "title", !override.title().isEmpty(), origin);
        mark(merged, "date", override.published() != null, origin);
        mark(merged, "language", !override.language().isEmpty(), origin);
        return new SourcedMetadata(override.orElse(metadata), merged);
    }

    /** The same metadata with one more origin entry, such as the character set; an empty origin adds nothing. */
    SourcedMetadata withSource(String field, String origin) {
        if (origin.isEmpty()) {
            return this;
        }
        Map<String, String> more = new TreeMap<>(sources);
        more.put(field, origin);
        return new SourcedMetadata(metadata, more);
    }

    private static void mark(Map<String, String> sources, String field, boolean present, String origin) {
        if (present) {
            sources.put(field, origin);
        }
    }

    /** Like {@code date=cli,url=sidecar}, fields in alphabetical order. */
    String describeSources() {
        return new TreeMap<>(sources)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    record Parsed(SourcedMetadata value, String problem) {
        Optional<String> problemMessage() {
            return Optional.ofNullable(problem);
        }
    }
}
