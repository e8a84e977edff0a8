package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;

/**
 * Turns bytes fetched over HTTP into source items: the entries of a feed, and web pages decoded with the charset of
 * their {@code Content-Type} header. The bridge between the fetcher and the readers of this package.
 */
public final class WebSources {

    private WebSources() {}

    /**
     * One entry of a fetched feed: {@code item} is the record read from the entry itself (or an error), and {@code
     * pageUrl} the page to fetch instead, non-empty when the entry has no full content but an http(s) link.
     */
    public record FeedEntry(SourceItem item, String pageUrl, Metadata metadata) {}

    /** The entries of a fetched feed; an unparsable feed gives one entry holding the error. */
    public static List<FeedEntry> feedEntries(String feedUrl, byte[] bytes) {
        SyndFeed feed;
        try {
            feed = FeedReader.parse(bytes);
        } catch (FeedException | IllegalArgumentException e) {
            String problem = feedUrl + ": not a readable RSS or Atom feed (" + e.getMessage() + ")";
            return List.of(new FeedEntry(new SourceError(feedUrl, problem), "", Metadata.EMPTY));
        }
        FeedEntries reader = new FeedEntries(
                feedUrl,
                FeedEntries.clean(feed.getTitle()),
                Metadata.EMPTY,
                FeedDates.of(bytes),
                feed.getEntries().size());
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry entry = feed.getEntries().get(i);
            SourceItem item = reader.toItem(entry, i + 1);
            String link = FeedEntries.link(entry);
            boolean fetch = !FeedEntries.hasFullContent(entry) && isHttp(link);
            Metadata metadata = item instanceof SourceRecord record ? record.metadata() : Metadata.EMPTY;
            entries.add(new FeedEntry(item, fetch ? link : "", metadata));
        }
        return entries;
    }

    /**
     * A fetched HTML page as a record. {@code metadata} comes from where the link was found (a feed entry, a
     * sitemap) and is recorded as {@code field=origin}; the character set is the header's, else the page's own.
     */
    public static SourceItem page(String url, byte[] body, String contentType, Metadata metadata, String origin) {
        if (body.length == 0) {
            return new SourceError(url, url + ": empty page; nothing to read");
        }
        Decoded decoded = ArchiveRecords.decodeWithCharset(body, charsetParameter(contentType));
        String content = decoded.text();
        if (content.isBlank()) {
            return new SourceError(url, url + ": page has only whitespace; nothing to read");
        }
        Metadata withUrl = metadata.withUrl(url);
        SourcedMetadata sourced = new SourcedMetadata(withUrl, origins(withUrl, origin))
                .withSource(SourceReader.CHARSET, decoded.charset());
        return new SourceRecord(
                url, Formats.HTML, content, sourced.metadata(), sourced.describeSources(), ContentHash.sha256(content));
    }

    private static Map<String, String> origins(Metadata metadata, String origin) {
        Map<String, String> sources = new TreeMap<>();
        sources.put("url", "fetch");
        if (!metadata.publisher().isEmpty()) {
            sources.put("publisher", origin);
        }
        if (!metadata.title().isEmpty()) {
            sources.put("title", origin);
        }
        if (metadata.published() != null) {
            sources.put("date", origin);
        }
        return sources;
    }

    /** The {@code charset} parameter of a Content-Type header value, or empty. */
    static String charsetParameter(String contentType) {
        for (String part : contentType.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                return pair[1].strip();
            }
        }
        return "";
    }

    private static boolean isHttp(String link) {
        String lower = link.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
