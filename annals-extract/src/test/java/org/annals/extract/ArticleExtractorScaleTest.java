package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Provenance;
import org.junit.jupiter.api.Test;

/**
 * Pathological pages: nesting far deeper than any real page, and a large page. Each must come through whole, so a
 * recursion, a per-ancestor rescan or a per-block rescan of the page would show up as a failure or a hang.
 */
class ArticleExtractorScaleTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<String> bodyTexts(String html) {
        Extraction extraction = extractor.extract(ArticleExtractor.HTML, html, null);
        Document document = new BoilerplateStage()
                .apply(Document.of(
                                "t", new Provenance("test", "html", "", ""), extraction.metadata(), extraction.text())
                        .withBlocks(extraction.blocks()));
        return document.blocks().stream()
                .filter(block -> block.kind() == BlockKind.BODY)
                .map(block -> document.textOf(block.span()))
                .toList();
    }

    @Test
    void storyAtTheBottomOfFiftyThousandNestedDivsIsFound() {
        String story = "The council approved the budget on Tuesday after a debate that lasted most of the night.";
        String html = "<html><body>" + "<div>".repeat(50_000) + "<p>" + story + "</p>" + "</div>".repeat(50_000)
                + "</body></html>";

        assertEquals(List.of(story), bodyTexts(html));
    }

    @Test
    void unclosedNestedDivsWithTextAtEveryLevelAllReachTheText() {
        StringBuilder html = new StringBuilder("<html><body>");
        int levels = 5_000;
        for (int level = 0; level < levels; level++) {
            html.append("<div class=\"level-")
                    .append(level)
                    .append("\">Officials at level ")
                    .append(level)
                    .append(" said the roads would reopen once the water had gone down. ");
        }
        Extraction extraction = extractor.extract(
                ArticleExtractor.HTML, html.append("</body></html>").toString(), null);

        // One block a level, in document order; which of them count as the story is the classifier's call.
        assertEquals(levels, extraction.blocks().size());
        String last = extraction.blocks().get(levels - 1).span().of(extraction.text());
        assertTrue(last.startsWith("Officials at level " + (levels - 1) + " said"), last);
    }

    @Test
    void aPageOfTwentyThousandParagraphsKeepsThemAllAndDropsItsLinkLists() {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Budget</h1>");
        int paragraphs = 20_000;
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>In district ")
                    .append(i)
                    .append(", the council said, spending on schools and roads will rise next year.</p>\n");
            if (i % 100 == 0) {
                html.append("<ul><li><a href=\"/s/").append(i).append("\">Another story</a></li></ul>\n");
            }
        }
        List<String> body = bodyTexts(html.append("</article></body></html>").toString());

        assertEquals(paragraphs, body.size());
        assertTrue(body.stream().allMatch(text -> text.startsWith("In district ")), "a link list leaked");
    }
}
