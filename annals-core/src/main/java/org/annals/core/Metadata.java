package org.annals.core;

import java.time.LocalDate;

/**
 * What is known about a document besides its text. Fields are empty strings (or a null {@code published}) when
 * unknown; {@link #publishedDate()} is the way to read the date.
 */
public record Metadata(String url, String publisher, String title, LocalDate published, String language) {
    public static final Metadata EMPTY = new Metadata("", "", "", null, "");

    public Metadata {
        url = url == null ? "" : url;
        publisher = publisher == null ? "" : publisher;
        title = title == null ? "" : title;
        language = language == null ? "" : language;
    }

    public java.util.Optional<LocalDate> publishedDate() {
        return java.util.Optional.ofNullable(published);
    }

    public Metadata withPublished(LocalDate date) {
        return new Metadata(url, publisher, title, date, language);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(url, publisher, newTitle, published, language);
    }

    public Metadata withLanguage(String newLanguage) {
        return new Metadata(url, publisher, title, published, newLanguage);
    }

    /** Fields of {@code this} that are empty are taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                url.isEmpty() ? fallback.url : url,
                publisher.isEmpty() ? fallback.publisher : publisher,
                title.isEmpty() ? fallback.title : title,
                published == null ? fallback.published : published,
                language.isEmpty() ? fallback.language : language);
    }
}
