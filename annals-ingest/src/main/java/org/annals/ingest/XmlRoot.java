package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name of an XML document's root element, read from its first bytes without parsing the whole document. */
public final class XmlRoot {
    private static final int SNIFF_BYTES = 4096;
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");
    // Skips what may come before the root element: byte order mark (as read in ISO-8859-1), XML declaration,
    // processing instructions, comments and a DOCTYPE, then captures the root element's name.
    private static final Pattern ROOT_ELEMENT = Pattern.compile(
            "(?:\u00EF\u00BB\u00BF)?(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*"
                    + "<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private XmlRoot() {}

    /** The root element's local name (no prefix), in lower case; empty when the bytes do not open like XML. */
    public static String localName(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher root = ROOT_ELEMENT.matcher(head);
        if (!root.lookingAt()) {
            return "";
        }
        String name = root.group(1);
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the root element is a sitemap's {@code urlset} or {@code sitemapindex}. */
    public static boolean isSitemap(byte[] bytes) {
        return isSitemapRoot(localName(bytes));
    }

    /** Whether a root element's {@link #localName} is a sitemap's {@code urlset} or {@code sitemapindex}. */
    public static boolean isSitemapRoot(String localName) {
        return localName.equals("urlset") || localName.equals("sitemapindex");
    }

    /** Whether a root element's {@link #localName} is a feed's: {@code rss}, Atom's {@code feed} or {@code rdf:RDF}. */
    public static boolean isFeedRoot(String localName) {
        return FEED_ROOTS.contains(localName);
    }
}
