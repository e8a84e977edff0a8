package org.annals.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a document besides its text. Text fields are empty strings, {@code authors} an empty list and
 * dates null when unknown; {@link #publishedDate()} and {@link #modifiedDate()} are the way to read the dates.
 * {@code modified} is the publisher's last change to the article, {@code section} the part of the site it belongs to
 * (such as "World" or "Business").
 */
public record Metadata(
        String url,
        String publisher,
        String title,
        LocalDate published,
        String language,
        List<String> authors,
        LocalDate modified,
        String section) {
    public static final Metadata EMPTY = new Metadata("", "", "", null, "");

    public Metadata {
        url = url == null ? "" : url;
        publisher = publisher == null ? "" : publisher;
        title = title == null ? "" : title;
        language = language == null ? "" : language;
        authors = authors == null ? List.of() : List.copyOf(authors);
        section = section == null ? "" : section;
    }

    /** The fields every source has had from the start; no authors, modification date or section. */
    public Metadata(String url, String publisher, String title, LocalDate published, String language) {
        this(url, publisher, title, published, language, List.of(), null, "");
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<LocalDate> modifiedDate() {
        return Optional.ofNullable(modified);
    }

    public Metadata withUrl(String newUrl) {
        return new Metadata(newUrl, publisher, title, published, language, authors, modified, section);
    }

    public Metadata withPublished(LocalDate date) {
        return new Metadata(url, publisher, title, date, language, authors, modified, section);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(url, publisher, newTitle, published, language, authors, modified, section);
    }

    public Metadata withLanguage(String newLanguage) {
        return new Metadata(url, publisher, title, published, newLanguage, authors, modified, section);
    }

    public Metadata withAuthors(List<String> newAuthors) {
        return new Metadata(url, publisher, title, published, language, newAuthors, modified, section);
    }

    public Metadata withModified(LocalDate date) {
        return new Metadata(url, publisher, title, published, language, authors, date, section);
    }

    public Metadata withSection(String newSection) {
        return new Metadata(url, publisher, title, published, language, authors, modified, newSection);
    }

    /** Fields of {@code this} that are empty are taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                url.isEmpty() ? fallback.url : url,
                publisher.isEmpty() ? fallback.publisher : publisher,
                title.isEmpty() ? fallback.title : title,
                published == null ? fallback.published : published,
                language.isEmpty() ? fallback.language : language,
                authors.isEmpty() ? fallback.authors : authors,
                modified == null ? fallback.modified : modified,
                section.isEmpty() ? fallback.section : section);
    }
}
