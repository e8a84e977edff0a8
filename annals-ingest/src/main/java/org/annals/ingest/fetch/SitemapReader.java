package org.annals.ingest.fetch;

import java.time.LocalDate;
import java.util.List;
import org.annals.ingest.PublishedDates;
import org.annals.ingest.XmlDocuments;
import org.w3c.dom.Element;

/**
 * Reads a sitemap ({@code urlset}) or sitemap index ({@code sitemapindex}), including the Google News extension: a
 * {@code news:news} element gives the title ({@code news:title}), the publication date ({@code
 * news:publication_date}) and the publisher ({@code news:publication/news:name}). A page's date is the news
 * publication date, else its {@code lastmod}.
 */
public final class SitemapReader {
    private SitemapReader() {}

    /** Parses a sitemap; throws IllegalArgumentException when it is not XML or not a sitemap. */
    public static LinkSource read(byte[] bytes) {
        Element root = XmlDocuments.parse(bytes).getDocumentElement();
        String name = XmlDocuments.localName(root);
        if (name.equals("sitemapindex")) {
            List<String> children = XmlDocuments.children(root, "sitemap").stream()
                    .map(sitemap -> XmlDocuments.childText(sitemap, "loc"))
                    .filter(loc -> !loc.isEmpty())
                    .toList();
            return new Sitemap(List.of(), children);
        }
        if (!name.equals("urlset")) {
            throw new IllegalArgumentException(
                    "not a sitemap: the root element is <" + name + ">, expected <urlset> or <sitemapindex>");
        }
        List<Link> links = XmlDocuments.children(root, "url").stream()
                .map(SitemapReader::link)
                .filter(link -> !link.url().isEmpty())
                .toList();
        return new Sitemap(links, List.of());
    }

    private static Link link(Element url) {
        String loc = XmlDocuments.childText(url, "loc");
        List<Element> news = XmlDocuments.children(url, "news");
        if (news.isEmpty()) {
            return new Link(loc, "", date(XmlDocuments.childText(url, "lastmod")), "");
        }
        Element item = news.get(0);
        List<Element> publication = XmlDocuments.children(item, "publication");
        String publisher = publication.isEmpty() ? "" : XmlDocuments.childText(publication.get(0), "name");
        LocalDate published = date(XmlDocuments.childText(item, "publication_date"));
        return new Link(
                loc,
                XmlDocuments.childText(item, "title"),
                published != null ? published : date(XmlDocuments.childText(url, "lastmod")),
                publisher);
    }

    /**
     * W3C datetime: a date, or a date and time with an offset, read as {@link PublishedDates#tryParse} reads it (the
     * calendar day in the stated offset); null when absent or invalid.
     */
    static LocalDate date(String text) {
        return PublishedDates.tryParse(text).orElse(null);
    }

    private record Sitemap(List<Link> links, List<String> childLists) implements LinkSource {}
}
