package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;

/**
 * Turns feed entries into records. Not thread-safe: it remembers the links already used as source names, so that
 * two entries sharing a link still get distinct names.
 */
final class FeedEntries {
    static final String ORIGIN = "feed";

    private final String feedName;
    private final String publisher;
    private final Metadata overrides;
    private final FeedDates dates;
    private final int entryCount;
    private final Set<String> usedLinks = new HashSet<>();

    FeedEntries(String feedName, String publisher, Metadata overrides, FeedDates dates, int entryCount) {
        this.feedName = feedName;
        this.publisher = publisher;
        this.overrides = overrides;
        this.dates = dates;
        this.entryCount = entryCount;
    }

    SourceItem toItem(SyndEntry entry, int index) {
        String title = clean(entry.getTitle());
        String link = link(entry);
        String source = feedName + "#" + (!link.isEmpty() && usedLinks.add(link) ? link : "entry-" + index);
        Optional<Body> body = body(entry, title);
        if (body.isEmpty()) {
            return new SourceError(source, source + ": feed entry " + index + " has no title, summary or content");
        }
        SourcedMetadata metadata = metadata(link, title, date(entry, index)).overriddenBy(overrides, "cli");
        return new SourceRecord(
                source,
                body.get().format(),
                body.get().text(),
                metadata.metadata(),
                metadata.describeSources(),
                ContentHash.sha256(body.get().text()));
    }

    private SourcedMetadata metadata(String link, String title, LocalDate published) {
        Map<String, String> sources = new TreeMap<>();
        mark(sources, "url", !link.isEmpty());
        mark(sources, "publisher", !publisher.isEmpty());
        mark(sources, "title", !title.isEmpty());
        mark(sources, "date", published != null);
        return new SourcedMetadata(new Metadata(link, publisher, title, published, ""), sources);
    }

    private static void mark(Map<String, String> sources, String field, boolean present) {
        if (present) {
            sources.put(field, ORIGIN);
        }
    }

    /** Full content first, then the summary; an entry with only a title still yields its title as text. */
    private static Optional<Body> body(SyndEntry entry, String title) {
        for (SyndContent content : entry.getContents()) {
            if (hasText(content)) {
                String format = isPlainText(content.getType()) ? Formats.TEXT : Formats.HTML;
                return Optional.of(new Body(format, content.getValue()));
            }
        }
        SyndContent summary = entry.getDescription();
        if (hasText(summary)) {
            String format = isHtml(summary.getType()) ? Formats.HTML : Formats.TEXT;
            return Optional.of(new Body(format, summary.getValue()));
        }
        return title.isEmpty() ? Optional.empty() : Optional.of(new Body(Formats.TEXT, title));
    }

    /** Whether the entry carries its article (content:encoded, Atom content), not just a summary or title. */
    static boolean hasFullContent(SyndEntry entry) {
        return entry.getContents().stream().anyMatch(FeedEntries::hasText);
    }

    private static boolean hasText(SyndContent content) {
        return content != null
                && content.getValue() != null
                && !content.getValue().isBlank();
    }

    // Content without a declared type is treated as HTML: content:encoded and Atom html content are the usual cases.
    private static boolean isPlainText(String type) {
        String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return lower.equals("text") || lower.equals("text/plain");
    }

    private static boolean isHtml(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).contains("html");
    }

    static String link(SyndEntry entry) {
        String link = clean(entry.getLink());
        if (!link.isEmpty()) {
            return link;
        }
        for (SyndLink candidate : entry.getLinks()) {
            String href = clean(candidate.getHref());
            if (!href.isEmpty()) {
                return href;
            }
        }
        String uri = clean(entry.getUri());
        return uri.startsWith("http://") || uri.startsWith("https://") ? uri : "";
    }

    // The publisher's calendar day, as for every date-time with an offset (see PublishedDates).
    private LocalDate date(SyndEntry entry, int index) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return dates.date(index - 1, entryCount, date);
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private record Body(String format, String text) {}
}
