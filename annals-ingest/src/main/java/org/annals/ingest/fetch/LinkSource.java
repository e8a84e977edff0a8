package org.annals.ingest.fetch;

import java.util.List;

/**
 * A list of pages to fetch (a sitemap): unlike a feed it carries no text, so it cannot be ingested without fetching.
 * {@link #childLists()} are further lists it points to (the sitemaps of a sitemap index).
 */
public interface LinkSource {
    List<Link> links();

    List<String> childLists();
}
