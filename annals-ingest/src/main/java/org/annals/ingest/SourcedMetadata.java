package org.annals.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     * Reads url, publisher, title, date, language, authors (a string or an array of strings), modified (a date) and
     * section from a JSON object; a bad date is left out and reported through the returned problem.
     */
    static Parsed fromJson(JsonNode node, String origin) {
        Map<String, String> sources = new TreeMap<>();
        String url = field(node, "url", origin, sources);
        String publisher = field(node, "publisher", origin, sources);
        String title = field(node, "title", origin, sources);
        String language = field(node, "language", origin, sources);
        String section = field(node, "section", origin, sources);
        List<String> authors = authors(node.path("authors"), origin, sources);
        List<String> problems = new ArrayList<>();
        LocalDate date = date(node, "date", "date", origin, sources, problems);
        LocalDate modified = date(node, "modified", "modified", origin, sources, problems);
        Metadata metadata = new Metadata(url, publisher, title, date, language, authors, modified, section);
        return new Parsed(
                new SourcedMetadata(metadata, sources), problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static LocalDate date(
            JsonNode node,
            String name,
            String field,
            String origin,
            Map<String, String> sources,
            List<String> problems) {
        String raw = node.path(name).asText("");
        if (raw.isBlank()) {
            return null;
        }
        Optional<LocalDate> parsed = PublishedDates.tryParse(raw);
        if (parsed.isEmpty()) {
            problems.add("invalid " + name + " '" + raw + "'; " + PublishedDates.VALID_FORMS);
            return null;
        }
        sources.put(field, origin);
        return parsed.get();
    }

    private static List<String> authors(JsonNode value, String origin, Map<String, String> sources) {
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(each -> addName(each, names));
        } else {
            addName(value, names);
        }
        if (!names.isEmpty()) {
            sources.put("authors", origin);
        }
        return names;
    }

    private static void addName(JsonNode value, List<String> names) {
        if (value.isTextual() && !value.asText().isBlank()) {
            names.add(value.asText().strip());
        }
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
        mark(merged, "authors", !override.authors().isEmpty(), origin);
        mark(merged, "modified", override.modified() != null, origin);
        mark(merged, "section", !override.section().isEmpty(), origin);
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
