package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "html");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction page(String name) throws IOException {
        return extractor.extract("html", Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8), null);
    }

    /** Kind and text of every block, after the boilerplate stage has judged the BODY blocks. */
    private static List<String> classified(Extraction extraction) {
        Document document = new BoilerplateStage()
                .apply(Document.of(
                                "t", new Provenance("test", "html", "", ""), extraction.metadata(), extraction.text())
                        .withBlocks(extraction.blocks()));
        return document.blocks().stream()
                .map(b -> b.kind() + " " + document.textOf(b.span()))
                .toList();
    }

    private static List<String> ofKind(List<String> blocks, BlockKind kind) {
        return blocks.stream()
                .filter(b -> b.startsWith(kind + " "))
                .map(b -> b.substring(kind.name().length() + 1))
                .toList();
    }

    @Test
    void plainTextKeepsItsCharactersApartFromBomAndLineEnds() {
        Extraction extraction =
                extractor.extract("text", "\uFEFFFirst line.\r\n\r\n  Second line.  \r\nThird.", Metadata.EMPTY);
        assertEquals("First line.\n\n  Second line.  \nThird.", extraction.text());
        assertEquals(
                List.of("First line.", "Second line.", "Third."),
                extraction.blocks().stream()
                        .map(b -> b.span().of(extraction.text()))
                        .toList());
        assertTrue(extraction.blocks().stream().allMatch(b -> b.kind() == BlockKind.BODY));
    }

    @Test
    void givenMetadataWinsAndIsRecorded() throws IOException {
        Metadata given = new Metadata("", "Given Publisher", "", LocalDate.of(2020, 1, 1), "");
        Extraction extraction =
                extractor.extract("html", Files.readString(FIXTURES.resolve("nav-share-newsletter.html")), given);
        assertEquals("Given Publisher", extraction.metadata().publisher());
        assertEquals(LocalDate.of(2020, 1, 1), extraction.metadata().published());
        assertEquals(
                "https://gazette.example/2019/01/04/magnitogorsk",
                extraction.metadata().url());
        assertEquals(
                "date=given,language=html-lang,publisher=given,title=json-ld,url=json-ld",
                extraction.metadataSources());
    }

    @Test
    void unknownFormatIsAConfigurationError() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> extractor.extract("pdf", "x", Metadata.EMPTY));
        assertTrue(e.getMessage().contains("'pdf'") && e.getMessage().contains("text, html"));
    }

    @Test
    void jsonLdPageWithNavigationShareAndNewsletter() throws IOException {
        Extraction extraction = page("nav-share-newsletter.html");
        Metadata metadata = extraction.metadata();
        assertEquals("Magnitogorsk apartment building collapses after explosion, dozens dead", metadata.title());
        assertEquals(LocalDate.of(2019, 1, 4), metadata.published());
        assertEquals("Example Gazette", metadata.publisher());
        assertEquals("en", metadata.language());
        List<String> blocks = classified(extraction);
        assertEquals(
                List.of("Magnitogorsk apartment building collapses after explosion, dozens dead"),
                ofKind(blocks, BlockKind.TITLE));
        List<String> body = ofKind(blocks, BlockKind.BODY);
        assertEquals(3, body.size());
        assertTrue(body.get(0).startsWith("An apartment building collapsed on Monday"));
        assertTrue(body.get(1).contains("temperatures well below freezing, according to"), body.get(1));
        assertTrue(body.get(2).endsWith("as many occupants slept."));
        assertEquals(List.of("World", "Politics", "Sport"), ofKind(blocks, BlockKind.NAVIGATION));
        assertEquals(List.of("Facebook Twitter Email"), ofKind(blocks, BlockKind.SHARE));
        assertEquals(
                List.of("Morning briefing", "Get the day's top stories every morning."),
                ofKind(blocks, BlockKind.NEWSLETTER));
        assertTrue(ofKind(blocks, BlockKind.BOILERPLATE).contains("© 2019 Example Gazette. All rights reserved."));
        assertTrue(extraction.text().indexOf("analytics") < 0, "scripts are dropped");
    }

    @Test
    void openGraphPageWithAppealRelatedCaptionAndCookie() throws IOException {
        Extraction extraction = page("appeal-related-cookie.html");
        assertEquals(
                "https://chronicle.example/escape-room-fire",
                extraction.metadata().url());
        assertEquals(LocalDate.of(2019, 1, 5), extraction.metadata().published());
        assertEquals(
                "date=opengraph,language=html-lang,publisher=opengraph,title=opengraph,url=opengraph",
                extraction.metadataSources());
        List<String> blocks = classified(extraction);
        assertEquals(2, ofKind(blocks, BlockKind.BODY).size());
        assertEquals(
                List.of("Our reporting is free to read because readers chip in.", "Give once"),
                ofKind(blocks, BlockKind.APPEAL));
        assertEquals(List.of("The escape room building in Koszalin."), ofKind(blocks, BlockKind.CAPTION));
        assertEquals(3, ofKind(blocks, BlockKind.RELATED).size());
        assertEquals(2, ofKind(blocks, BlockKind.COOKIE).size());
    }

    @Test
    void divTextPageFindsItsStoryContainerMenuAndComments() throws IOException {
        Extraction extraction = page("divs-comments.html");
        assertEquals(LocalDate.of(2019, 1, 7), extraction.metadata().published());
        assertEquals("date=meta,language=html-lang,title=title,url=canonical", extraction.metadataSources());
        List<String> blocks = classified(extraction);
        List<String> body = ofKind(blocks, BlockKind.BODY);
        assertEquals(4, body.size(), blocks.toString());
        assertTrue(body.get(1).endsWith("two adults were seriously injured."), "div text before a nested paragraph");
        assertTrue(body.get(2).startsWith("Firefighters put the fire out"));
        assertEquals(List.of("Home", "News", "Contact"), ofKind(blocks, BlockKind.NAVIGATION));
        assertEquals(
                List.of("2 comments", "Terrible news, thoughts with the families."), ofKind(blocks, BlockKind.COMMENT));
        assertEquals(List.of("By a staff reporter, 6 January"), ofKind(blocks, BlockKind.BOILERPLATE));
    }

    @Test
    void appealWithoutClassNamesIsFoundByTheBoilerplateStage() throws IOException {
        Extraction extraction = page("appeal-without-classes.html");
        assertEquals("Example Post", extraction.metadata().publisher());
        List<String> blocks = classified(extraction);
        assertEquals(2, ofKind(blocks, BlockKind.BODY).size());
        assertEquals(4, ofKind(blocks, BlockKind.APPEAL).size(), blocks.toString());
        assertEquals("A note to our readers:", ofKind(blocks, BlockKind.APPEAL).get(0));
    }

    @Test
    void everyHtmlBlockSpanIsALineOfTheText() throws IOException {
        for (String name : List.of(
                "nav-share-newsletter.html",
                "appeal-related-cookie.html",
                "divs-comments.html",
                "appeal-without-classes.html")) {
            Extraction extraction = page(name);
            List<String> lines = List.of(extraction.text().split("\n"));
            List<String> covered = extraction.blocks().stream()
                    .map(Block::span)
                    .map(span -> span.of(extraction.text()))
                    .toList();
            assertEquals(lines, covered, name);
        }
    }

    @Test
    void withoutAnH1TheBlockRepeatingTheMetadataTitleIsTheHeadline() {
        String html = "<html><head><title>Dam repairs finished early</title></head><body><table><tr><td>"
                + "<font size=\"5\"><b>Dam repairs finished early</b></font><br>"
                + "Engineers finished the repairs to the dam two weeks ahead of schedule, the water board said.<br><br>"
                + "Dam repairs finished early, the board's statement began, thanking the crews.</td></tr></table>"
                + "</body></html>";
        List<String> blocks = classified(extractor.extract("html", html, null));

        assertEquals(List.of("Dam repairs finished early"), ofKind(blocks, BlockKind.TITLE));
        assertEquals(2, ofKind(blocks, BlockKind.BODY).size());
    }

    @Test
    void aWordPressPullQuoteIsNotStoryText() {
        String html = "<html><body><article><h1>Floods</h1>"
                + "<p>The river burst its banks on Monday, flooding two hundred homes, the council said.</p>"
                + "<figure class=\"wp-block-pullquote\"><blockquote><p>Flooding two hundred homes</p></blockquote>"
                + "</figure><p>Residents were moved to the sports hall while the water receded overnight.</p>"
                + "</article></body></html>";
        List<String> body = ofKind(classified(extractor.extract("html", html, null)), BlockKind.BODY);

        assertEquals(2, body.size());
        assertTrue(body.stream().noneMatch(text -> text.contains("Flooding two hundred homes")), body.toString());
    }
}
