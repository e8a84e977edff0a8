package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Metadata;
import org.xml.sax.InputSource;

/** Reads an RSS or Atom feed: one record per entry, or one error when the feed cannot be parsed at all. */
final class FeedReader {
    private static final int SNIFF_BYTES = 4096;
    // Skips what may come before the root element: byte order mark (as read in ISO-8859-1), XML declaration,
    // processing instructions, comments and a DOCTYPE, then captures the root element's name.
    private static final Pattern ROOT_ELEMENT = Pattern.compile(
            "(?:\u00EF\u00BB\u00BF)?(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*"
                    + "<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");

    private FeedReader() {}

    /** Whether an {@code .xml} file's root element is {@code rss}, {@code feed} or {@code rdf:RDF}. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher root = ROOT_ELEMENT.matcher(head);
        if (!root.lookingAt()) {
            return false;
        }
        String name = root.group(1);
        String localName = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return FEED_ROOTS.contains(localName);
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
        FeedEntries entries = new FeedEntries(name, FeedEntries.clean(feed.getTitle()), overrides);
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            items.add(entries.toItem(feed.getEntries().get(i), i + 1));
        }
        return items;
    }

    private static SyndFeed parse(byte[] bytes) throws FeedException {
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
