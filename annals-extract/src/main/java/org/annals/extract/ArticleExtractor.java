package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.core.Block;
import org.annals.core.Metadata;
import org.annals.core.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a page (plain text or HTML) into article text with classified blocks and metadata. Plain text is kept as it
 * is apart from line endings; HTML becomes one line per block-level element, so every block span points into the
 * produced text. Stateless and safe to share.
 */
public final class ArticleExtractor {
    public static final String TEXT = "text";
    public static final String HTML = "html";
    private static final Evaluator DROPPED = QueryParser.parse(String.join(", ", HtmlText.DROPPED));

    public Extraction extract(String format, String content, Metadata given) {
        Objects.requireNonNull(content, "content");
        Metadata user = given == null ? Metadata.EMPTY : given;
        if (TEXT.equals(format)) {
            return fromText(content, user);
        }
        if (HTML.equals(format)) {
            return fromHtml(content, user);
        }
        throw new IllegalArgumentException("unknown format '" + format + "'; valid formats: text, html");
    }

    private static Extraction fromText(String content, Metadata given) {
        String text = PlainText.normalise(content);
        SourcedFields fields = new SourcedFields();
        fields.offerAll(given, "given");
        return new Extraction(text, fields.metadata(), PlainText.lineBlocks(text), fields.describeSources());
    }

    private static Extraction fromHtml(String content, Metadata given) {
        org.jsoup.nodes.Document page = Jsoup.parse(PlainText.normalise(content));
        SourcedFields fields = new SourcedFields();
        fields.offerAll(given, "given");
        HtmlMetadata.read(page, fields);
        page.select(DROPPED).remove();
        Element body = page.body();
        List<HtmlPiece> pieces = HtmlText.of(body);
        HtmlBlockClassifier classifier =
                new HtmlBlockClassifier(body, pieces, fields.metadata().title());
        StringBuilder text = new StringBuilder(content.length() / 2);
        List<Block> blocks = new ArrayList<>();
        for (HtmlPiece piece : pieces) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(piece.text());
            HtmlBlockClassifier.Verdict verdict = classifier.classify(piece);
            blocks.add(new Block(new Span(start, text.length()), verdict.kind(), verdict.reason()));
        }
        return new Extraction(text.toString(), fields.metadata(), blocks, fields.describeSources());
    }
}
