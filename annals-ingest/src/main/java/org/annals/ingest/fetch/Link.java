package org.annals.ingest.fetch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A page to fetch, with what the list that named it says about it: the title, the publication date (null when not
 * given) and the publisher, each empty when not given.
 */
public record Link(String url, String title, LocalDate published, String publisher) {
    public Link {
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
    }
}
