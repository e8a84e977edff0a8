package org.annals.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The dates of a feed's entries as the feed writes them. ROME turns them into instants and so loses the offset,
 * but the date of an article is the publisher's own calendar day ({@link PublishedDates#tryParse}), so the entries'
 * date elements are read again from the XML.
 */
final class FeedDates {
    private static final Set<String> ENTRIES = Set.of("item", "entry");
    // In the order ROME prefers them: the publication date, then the last update.
    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "published", "issued", "date", "updated", "modified");

    private final List<String> written;

    private FeedDates(List<String> written) {
        this.written = written;
    }

    /** The written dates of the feed's entries in document order; none when the XML cannot be read again. */
    static FeedDates of(byte[] feed) {
        try {
            List<String> dates = new ArrayList<>();
            NodeList all = XmlDocuments.parse(feed, true).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Node node = all.item(i);
                if (node instanceof Element entry && ENTRIES.contains(XmlDocuments.localName(entry))) {
                    dates.add(writtenDate(entry));
                }
            }
            return new FeedDates(dates);
        } catch (IllegalArgumentException e) {
            return new FeedDates(List.of());
        }
    }

    /**
     * The date of entry {@code index} (from 0) of {@code entryCount}: the written one in its own offset when it can be
     * read and the entries line up with ROME's, else ROME's instant as a calendar date in UTC.
     */
    LocalDate date(int index, int entryCount, Date parsedByRome) {
        if (written.size() == entryCount) {
            Optional<LocalDate> own = PublishedDates.tryParse(written.get(index));
            if (own.isPresent()) {
                return own.get();
            }
        }
        return parsedByRome == null
                ? null
                : parsedByRome.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String writtenDate(Element entry) {
        for (String name : DATE_ELEMENTS) {
            String text = XmlDocuments.childText(entry, name);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
