package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Metadata;
import org.xml.sax.InputSource;

/** Reads an RSS or Atom feed: one record per entry, or one error when the feed cannot be parsed at all. */
final class FeedReader {
    private FeedReader() {}

    /** Whether an {@code .xml} file's root element is {@code rss}, {@code feed} or {@code rdf:RDF}. */
    static boolean looksLikeFeed(byte[] bytes) {
        return XmlRoot.isFeedRoot(XmlRoot.localName(bytes));
    }

    static List<SourceItem> read(String name, byte[] bytes, Metadata overrides) {
        SyndFeed feed;
        try {
            feed = parse(bytes);
        } catch (FeedException e) {
            return List.of(error(name, "invalid feed (" + e.getMessage() + "); fix the XML or remove the file"));
        } catch (IllegalArgumentException e) {
            return List.of(error(name, "not an RSS or Atom feed (" + e.getMessage() + ")"));
        }
        if (feed.getEntries().isEmpty()) {
            return List.of(error(name, "feed has no entries; nothing to read"));
        }
        FeedEntries entries = new FeedEntries(
                name,
                FeedEntries.clean(feed.getTitle()),
                overrides,
                FeedDates.of(bytes),
                feed.getEntries().size());
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            items.add(entries.toItem(feed.getEntries().get(i), i + 1));
        }
        return items;
    }

    static SyndFeed parse(byte[] bytes) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        // RSS 0.91 (Netscape) feeds declare a DTD; ROME still never loads external DTDs or entities.
        input.setAllowDoctypes(true);
        // The XML parser reads the encoding from the byte order mark or the XML declaration.
        return input.build(new InputSource(new ByteArrayInputStream(bytes)));
    }

    private static SourceError error(String name, String problem) {
        return new SourceError(name, name + ": " + problem);
    }
}
