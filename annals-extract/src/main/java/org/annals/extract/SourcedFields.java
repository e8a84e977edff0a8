package org.annals.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.core.Metadata;

/**
 * Collects metadata fields from sources in order of trust: the first source to offer a field keeps it, and the
 * source's name is recorded for that field.
 */
final class SourcedFields {
    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> sources = new TreeMap<>();
    private List<String> authors = List.of();
    private LocalDate published;
    private LocalDate modified;

    void offer(String field, String value, String source) {
        if (value == null || value.isBlank() || values.containsKey(field)) {
            return;
        }
        values.put(field, value.strip());
        sources.put(field, source);
    }

    void offerDate(String value, String source) {
        if (published != null) {
            return;
        }
        PublishedDate.parse(value).ifPresent(date -> {
            published = date;
            sources.put("date", source);
        });
    }

    void offerModified(String value, String source) {
        if (modified != null) {
            return;
        }
        PublishedDate.parse(value).ifPresent(date -> {
            modified = date;
            sources.put("modified", source);
        });
    }

    /** Names already cleaned (see {@link Bylines}); an empty list offers nothing. */
    void offerAuthors(List<String> names, String source) {
        if (!authors.isEmpty() || names.isEmpty()) {
            return;
        }
        authors = List.copyOf(names);
        sources.put("authors", source);
    }

    boolean hasAuthors() {
        return !authors.isEmpty();
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Every non-empty field of {@code given} is offered first, so user-given metadata wins. */
    void offerAll(Metadata given, String source) {
        offer("url", given.url(), source);
        offer("publisher", given.publisher(), source);
        offer("title", given.title(), source);
        offer("language", given.language(), source);
        offer("section", given.section(), source);
        offerAuthors(given.authors(), source);
        if (given.published() != null && published == null) {
            published = given.published();
            sources.put("date", source);
        }
        if (given.modified() != null && modified == null) {
            modified = given.modified();
            sources.put("modified", source);
        }
    }

    Metadata metadata() {
        return new Metadata(
                values.getOrDefault("url", ""),
                values.getOrDefault("publisher", ""),
                values.getOrDefault("title", ""),
                published,
                values.getOrDefault("language", ""),
                authors,
                modified,
                values.getOrDefault("section", ""));
    }

    String describeSources() {
        return sources.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
