package org.annals.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.ingest.XmlDocuments;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the feed addresses of an OPML subscription list: every {@code outline} with an {@code xmlUrl}. */
public final class OpmlReader {
    private OpmlReader() {}

    /**
     * The distinct http(s) feed addresses in document order (outlines may nest in folders). Throws
     * IllegalArgumentException naming the problem when the file is not OPML, lists no feed, or has an address that
     * is not an absolute http(s) URL.
     */
    public static List<URI> read(byte[] bytes) {
        Element root = XmlDocuments.parse(bytes).getDocumentElement();
        if (!XmlDocuments.localName(root).equals("opml")) {
            throw new IllegalArgumentException(
                    "not OPML: the root element is <" + XmlDocuments.localName(root) + ">, expected <opml>");
        }
        Set<URI> feeds = new LinkedHashSet<>();
        NodeList outlines = root.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            String url = ((Element) outlines.item(i)).getAttribute("xmlUrl").strip();
            if (!url.isEmpty()) {
                feeds.add(httpUri(url));
            }
        }
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException(
                    "no feeds: add <outline text=\"NAME\" xmlUrl=\"https://...\"/> elements inside <body>");
        }
        return new ArrayList<>(feeds);
    }

    static URI httpUri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the valid form
        }
        throw new IllegalArgumentException(
                "xmlUrl \"" + url + "\" is not an absolute http(s) URL such as https://example.org/feed.xml");
    }
}
