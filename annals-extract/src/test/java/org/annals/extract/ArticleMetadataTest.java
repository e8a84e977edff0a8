package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Metadata;
import org.junit.jupiter.api.Test;

/** Authors, modification date and section, each from every kind of source, and the order of trust between them. */
class ArticleMetadataTest {
    private static final String BODY = "<p>The council met on Tuesday and agreed on a new budget for the harbour.</p>";

    private static Extraction page(String head, String body) {
        return new ArticleExtractor()
                .extract("html", "<html><head>" + head + "</head><body>" + body + "</body></html>", null);
    }

    private static String source(Extraction extraction, String field) {
        for (String entry : extraction.metadataSources().split(",")) {
            if (entry.startsWith(field + "=")) {
                return entry.substring(field.length() + 1);
            }
        }
        return "";
    }

    private static String jsonLd(String fields) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + fields + "}</script>";
    }

    @Test
    void jsonLdAuthorsMayBeAStringAnObjectOrAnArrayAndOrganizationsAreNoPersons() {
        assertEquals(
                List.of("Jane Doe"),
                page(jsonLd("\"author\":\"Jane Doe\""), BODY).metadata().authors());
        assertEquals(
                List.of("Jane Doe"),
                page(jsonLd("\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}"), BODY)
                        .metadata()
                        .authors());
        Extraction many = page(
                jsonLd("\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                        + "{\"@type\":\"Organization\",\"name\":\"Harbour Wire\"},\"John Roe\"]"),
                BODY);
        assertEquals(List.of("Jane Doe", "John Roe"), many.metadata().authors());
        assertEquals("json-ld", source(many, "authors"));
    }

    @Test
    void metaAuthorAndOpenGraphAuthorAndRelAuthorLinksAreRead() {
        Extraction meta = page("<meta name=\"author\" content=\"Jane Doe, John Roe\">", BODY);
        assertEquals(List.of("Jane Doe", "John Roe"), meta.metadata().authors());
        assertEquals("meta", source(meta, "authors"));

        Extraction og = page(
                "<meta property=\"article:author\" content=\"https://social.example/jane\">"
                        + "<meta property=\"article:author\" content=\"Ann Lee\">",
                BODY);
        assertEquals(List.of("Ann Lee"), og.metadata().authors(), "a profile URL names nobody");
        assertEquals("opengraph", source(og, "authors"));

        Extraction linked =
                page("", "<h1>Budget</h1><p>Text by <a rel=\"author\" href=\"/a\">Omar Haddad</a></p>" + BODY);
        assertEquals(List.of("Omar Haddad"), linked.metadata().authors());
        assertEquals("rel-author", source(linked, "authors"));
    }

    @Test
    void aVisibleBylineIsStrippedOfByAndSplitAndLosesTheAgency() {
        Extraction two = page(
                "",
                "<h1>Budget agreed</h1><div class=\"meta\"><span>By Jane Doe and John Roe</span>"
                        + "<span>2 September 2025</span></div>" + BODY);
        assertEquals(List.of("Jane Doe", "John Roe"), two.metadata().authors());
        assertEquals("byline", source(two, "authors"));

        Extraction agency = page("", "<h1>Budget agreed</h1><p>By <b>Jane Doe</b>, Reuters</p>" + BODY);
        assertEquals(List.of("Jane Doe"), agency.metadata().authors());

        Extraction placed = page("", "<h1>Budget agreed</h1><p>By Shaun Walker in Kyiv | 2 September 2025</p>" + BODY);
        assertEquals(List.of("Shaun Walker"), placed.metadata().authors());
    }

    @Test
    void aBylineIsFoundBehindLongWhitespaceAndEmptyElements() {
        String padding = " \n\t".repeat(120);
        Extraction spaced = page("", "<h1>Budget agreed</h1><p>" + padding + "\u200bWritten by Jane Doe</p>" + BODY);
        assertEquals(List.of("Jane Doe"), spaced.metadata().authors());

        Extraction nested = page("", "<h1>Budget agreed</h1><p> <span> </span> reported by <a>John Roe</a></p>" + BODY);
        assertEquals(List.of("John Roe"), nested.metadata().authors());
    }

    @Test
    void sentencesThatBeginWithByAreNoByline() {
        Extraction none =
                page("", "<h1>Budget agreed</h1><p>By the end of the week the council had agreed.</p>" + BODY);
        assertEquals(List.of(), none.metadata().authors());
        assertEquals("", source(none, "authors"));
    }

    @Test
    void jsonLdBeatsOpenGraphBeatsMetaBeatsTheVisibleByline() {
        String meta = "<meta name=\"author\" content=\"Meta Person\">";
        String og = "<meta property=\"article:author\" content=\"Graph Person\">";
        String ld = jsonLd("\"author\":{\"@type\":\"Person\",\"name\":\"Linked Person\"}");
        String byline = "<h1>Budget</h1><p>By Visible Person</p>" + BODY;
        assertEquals(
                List.of("Linked Person"),
                page(meta + og + ld, byline).metadata().authors());
        assertEquals(List.of("Graph Person"), page(meta + og, byline).metadata().authors());
        assertEquals(List.of("Meta Person"), page(meta, byline).metadata().authors());
        assertEquals(List.of("Visible Person"), page("", byline).metadata().authors());
    }

    @Test
    void anAuthorThatIsThePublisherIsDropped() {
        Extraction extraction = page(
                "<meta property=\"og:site_name\" content=\"Harbour Times\"><meta name=\"author\" content=\"Harbour Times\">",
                "<h1>Budget</h1><p>By Jane Doe</p>" + BODY);
        assertEquals(List.of("Jane Doe"), extraction.metadata().authors());
        assertEquals("byline", source(extraction, "authors"));
    }

    @Test
    void theModificationDateComesFromJsonLdThenOpenGraphThenMetaThenTime() {
        String ld = jsonLd(
                "\"datePublished\":\"2025-09-01T08:00:00+03:00\",\"dateModified\":\"2025-09-03T23:30:00-05:00\"");
        String og = "<meta property=\"article:modified_time\" content=\"2025-09-04T10:00:00Z\">";
        String meta = "<meta name=\"last-modified\" content=\"2025-09-05\">";
        String time = "<p><time itemprop=\"dateModified\" datetime=\"2025-09-06\">6 September</time></p>";

        Extraction all = page(ld + og + meta, time + BODY);
        assertEquals(LocalDate.of(2025, 9, 3), all.metadata().modified(), "the publisher's own day, not UTC");
        assertEquals(LocalDate.of(2025, 9, 1), all.metadata().published());
        assertEquals("json-ld", source(all, "modified"));
        assertEquals(
                LocalDate.of(2025, 9, 4),
                page(og + meta, time + BODY).metadata().modified());
        assertEquals(
                LocalDate.of(2025, 9, 5), page(meta, time + BODY).metadata().modified());
        Extraction fromTime = page("", time + BODY);
        assertEquals(LocalDate.of(2025, 9, 6), fromTime.metadata().modified());
        assertEquals("time", source(fromTime, "modified"));
        assertEquals(null, fromTime.metadata().published(), "a modification time is no publication date");
    }

    @Test
    void theSectionComesFromJsonLdThenOpenGraphThenMeta() {
        String ld = jsonLd("\"articleSection\":[\"World\",\"Europe\"]");
        String og = "<meta property=\"article:section\" content=\"Business\">";
        String meta = "<meta name=\"section\" content=\"Sport\">";
        assertEquals("World", page(ld + og + meta, BODY).metadata().section());
        assertEquals("Business", page(og + meta, BODY).metadata().section());
        Extraction fromMeta = page(meta, BODY);
        assertEquals("Sport", fromMeta.metadata().section());
        assertEquals("meta", source(fromMeta, "section"));
    }

    @Test
    void theCanonicalUrlComesFromOpenGraphOrTheCanonicalLink() {
        assertEquals(
                "https://news.example/a",
                page("<link rel=\"canonical\" href=\"https://news.example/a\">", BODY)
                        .metadata()
                        .url());
        Extraction og = page(
                "<meta property=\"og:url\" content=\"https://news.example/og\">"
                        + "<link rel=\"canonical\" href=\"https://news.example/a\">",
                BODY);
        assertEquals("https://news.example/og", og.metadata().url());
        assertEquals("opengraph", source(og, "url"));
    }

    @Test
    void givenMetadataWinsForTheNewFieldsToo() {
        Metadata given = Metadata.EMPTY.withAuthors(List.of("Given Author")).withSection("Opinion");
        Extraction extraction = new ArticleExtractor()
                .extract(
                        "html",
                        "<html><head>" + jsonLd("\"author\":\"Jane Doe\",\"articleSection\":\"World\"")
                                + "</head><body>" + BODY + "</body></html>",
                        given);
        assertEquals(List.of("Given Author"), extraction.metadata().authors());
        assertEquals("Opinion", extraction.metadata().section());
        assertTrue(extraction.metadataSources().contains("authors=given"), extraction.metadataSources());
    }
}
