package org.annals.extract;

import java.time.LocalDate;
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
    private LocalDate published;

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

    /** Every non-empty field of {@code given} is offered first, so user-given metadata wins. */
    void offerAll(Metadata given, String source) {
        offer("url", given.url(), source);
        offer("publisher", given.publisher(), source);
        offer("title", given.title(), source);
        offer("language", given.language(), source);
        if (given.published() != null && published == null) {
            published = given.published();
            sources.put("date", source);
        }
    }

    Metadata metadata() {
        return new Metadata(
                values.getOrDefault("url", ""),
                values.getOrDefault("publisher", ""),
                values.getOrDefault("title", ""),
                published,
                values.getOrDefault("language", ""));
    }

    String describeSources() {
        return sources.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
