package org.annals.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Lays one article out as a news page. Every choice comes from the seeded random source, so the page is reproducible.
 * Some layouts name their boxes ("newsletter", "related"), others use hashed class names, as CSS-in-JS sites do, so
 * an extractor cannot lean on class names alone.
 */
final class PageBuilder {
    record Box(String kind, String placement, List<String> lines) {}

    private enum Wrapper {
        ARTICLE,
        MAIN,
        SOUP,
        TABLE,
        BLOG
    }

    private enum Paragraphs {
        P,
        DIV,
        BR
    }

    private final Random random;
    private final int index;
    private final List<String> otherTitles;
    private final List<Box> boxes = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();
    private Wrapper wrapper;
    private Paragraphs paragraphStyle;
    private boolean semantic;

    PageBuilder(Random random, int index, List<String> otherTitles) {
        this.random = random;
        this.index = index;
        this.otherTitles = otherTitles;
    }

    String layout() {
        return wrapper.name().toLowerCase(Locale.ROOT) + "/"
                + paragraphStyle.name().toLowerCase(Locale.ROOT) + (semantic ? "/named" : "/hashed");
    }

    List<Box> boxes() {
        return List.copyOf(boxes);
    }

    String build(String title, String dateline, List<String> paragraphs, List<String> captions, JsonNode article) {
        wrapper = Wrapper.values()[index % Wrapper.values().length];
        paragraphStyle = wrapper == Wrapper.SOUP || wrapper == Wrapper.TABLE
                ? pick(List.of(Paragraphs.P, Paragraphs.DIV, Paragraphs.BR))
                : pick(List.of(Paragraphs.P, Paragraphs.P, Paragraphs.DIV));
        semantic = wrapper != Wrapper.SOUP && random.nextInt(3) > 0;
        boolean appealInside = index % 2 == 0;
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title))
                .append(" | ")
                .append(siteName())
                .append("</title>\n");
        if (random.nextInt(5) < 3) {
            jsonLd(title, article);
        }
        html.append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n");
        boolean cookieTop = random.nextBoolean();
        if (cookieTop && random.nextBoolean()) {
            cookie();
        }
        header();
        open(wrapper == Wrapper.TABLE ? "table" : "div", "page-wrap");
        if (wrapper == Wrapper.TABLE) {
            html.append("<tr><td class=\"").append(cls("left-col")).append("\">\n");
        }
        articleOpen();
        if (random.nextBoolean()) {
            breadcrumb();
        }
        html.append("<h1 class=\"")
                .append(cls("headline"))
                .append("\">")
                .append(esc(title))
                .append("</h1>\n");
        byline(dateline);
        if (random.nextInt(5) < 3) {
            shareBar();
        }
        if (random.nextInt(5) < 3) {
            figure();
        }
        body(paragraphs, appealInside);
        captions.forEach(caption -> html.append("<figure><img src=\"/img/g.jpg\" alt=\"\"><figcaption>")
                .append(esc(caption))
                .append("</figcaption></figure>\n"));
        if (random.nextInt(5) < 2) {
            tags();
        }
        if (random.nextBoolean()) {
            shareBar();
        }
        articleClose();
        if (!appealInside && random.nextBoolean()) {
            appeal("after-article");
        }
        if (random.nextInt(3) == 0) {
            comments();
        }
        if (wrapper == Wrapper.TABLE) {
            html.append("</td><td class=\"").append(cls("right-col")).append("\">\n");
        }
        if (random.nextBoolean()) {
            sidebar();
        }
        if (wrapper == Wrapper.TABLE) {
            html.append("</td></tr>\n");
        }
        close(wrapper == Wrapper.TABLE ? "table" : "div");
        footer();
        if (!cookieTop && random.nextBoolean()) {
            cookie();
        }
        html.append("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: '")
                .append(index)
                .append("'});</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void body(List<String> paragraphs, boolean appealInside) {
        int appealAt = appealInside ? 1 + random.nextInt(paragraphs.size() - 1) : -1;
        int relatedAt = random.nextInt(5) < 3 ? 1 + random.nextInt(paragraphs.size() - 1) : -1;
        int newsletterAt = random.nextInt(5) < 2 ? 2 + random.nextInt(paragraphs.size() - 2) : -1;
        boolean appealAtEnd = appealInside && random.nextInt(3) == 0;
        open("div", wrapper == Wrapper.BLOG ? "entry-content" : "article-body");
        if (paragraphStyle == Paragraphs.BR) {
            html.append("<div class=\"").append(cls("story-text")).append("\">\n");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == appealAt && !appealAtEnd) {
                interrupt(() -> appeal("inside-body"));
            }
            if (i == relatedAt) {
                interrupt(this::related);
            }
            if (i == newsletterAt) {
                interrupt(() -> newsletter("inside-body"));
            }
            paragraph(paragraphs.get(i), i == paragraphs.size() - 1);
        }
        if (appealAtEnd) {
            interrupt(() -> appeal("inside-body"));
        }
        if (paragraphStyle == Paragraphs.BR) {
            html.append("</div>\n");
        }
        close("div");
        if (newsletterAt < 0 && random.nextBoolean()) {
            newsletter("after-article");
        }
    }

    /** Boxes inside a br-separated text close and reopen it, as such pages do. */
    private void interrupt(Runnable box) {
        if (paragraphStyle == Paragraphs.BR) {
            html.append("</div>\n");
            box.run();
            html.append("<div class=\"").append(cls("story-text")).append("\">\n");
        } else {
            box.run();
        }
    }

    private void paragraph(String text, boolean last) {
        switch (paragraphStyle) {
            case P -> html.append("<p>").append(inlineLinks(text)).append("</p>\n");
            case DIV ->
                html.append("<div class=\"")
                        .append(cls("para"))
                        .append("\">")
                        .append(inlineLinks(text))
                        .append("</div>\n");
            case BR -> html.append(inlineLinks(text)).append(last ? "\n" : "<br><br>\n");
        }
    }

    /** Links a few words, as articles link names and places; link text stays article text. */
    private String inlineLinks(String text) {
        String escaped = esc(text);
        if (random.nextInt(3) > 0) {
            return escaped;
        }
        String[] words = escaped.split(" ");
        if (words.length < 8) {
            return escaped;
        }
        int at = random.nextInt(words.length - 3);
        words[at] = "<a href=\"/topic/" + at + "\">" + words[at];
        words[at + 1] = words[at + 1] + "</a>";
        return String.join(" ", words);
    }

    private void appeal(String placement) {
        List<String> lines = pick(PageParts.APPEALS);
        boxes.add(new Box("appeal", placement, lines));
        boolean named = semantic && random.nextBoolean();
        html.append("<div class=\"")
                .append(named ? pick(List.of("support-box", "donate-cta", "membership-ask")) : hashed())
                .append("\">\n");
        for (int i = 0; i < lines.size(); i++) {
            String line = esc(lines.get(i));
            boolean button = i == lines.size() - 1 && lines.get(i).split(" ").length <= 4;
            if (i == 0) {
                html.append(
                        random.nextBoolean() ? "<h3>" + line + "</h3>\n" : "<p><strong>" + line + "</strong></p>\n");
            } else if (button) {
                html.append("<a class=\"")
                        .append(cls("btn"))
                        .append("\" href=\"/support\">")
                        .append(line)
                        .append("</a>\n");
            } else {
                html.append(paragraphStyle == Paragraphs.DIV ? "<div>" + line + "</div>\n" : "<p>" + line + "</p>\n");
            }
        }
        html.append("</div>\n");
    }

    private void newsletter(String placement) {
        List<String> lines = pick(PageParts.NEWSLETTERS);
        boxes.add(new Box("newsletter", placement, lines));
        html.append("<div class=\"")
                .append(cls("newsletter-signup"))
                .append("\">\n<h4>")
                .append(esc(lines.get(0)))
                .append("</h4>\n<p>")
                .append(esc(lines.get(1)))
                .append("</p>\n");
        if (lines.size() > 2) {
            html.append("<form action=\"/newsletter\"><label>")
                    .append(esc(lines.get(2)))
                    .append("</label><input type=\"email\">");
            if (lines.size() > 3) {
                html.append("<span class=\"")
                        .append(cls("submit"))
                        .append("\">")
                        .append(esc(lines.get(3)))
                        .append("</span>");
            }
            html.append("</form>\n");
            if (lines.size() > 4) {
                html.append("<p><small>").append(esc(lines.get(4))).append("</small></p>\n");
            }
        }
        html.append("</div>\n");
    }

    private void related() {
        if (random.nextBoolean()) {
            String label = pick(List.of("Read more:", "Related:", "See also:", "READ MORE"));
            html.append("<p class=\"")
                    .append(cls("inline-related"))
                    .append("\"><strong>")
                    .append(label)
                    .append("</strong> <a href=\"/story/")
                    .append(random.nextInt(99999))
                    .append("\">")
                    .append(esc(otherTitle()))
                    .append("</a></p>\n");
            return;
        }
        html.append("<aside class=\"")
                .append(cls("related-box"))
                .append("\">\n<h4>")
                .append(pick(List.of("Related stories", "More on this story", "You may also like")))
                .append("</h4>\n<ul>\n");
        for (int i = 0; i < 3; i++) {
            html.append("<li><a href=\"/story/")
                    .append(random.nextInt(99999))
                    .append("\">")
                    .append(esc(otherTitle()))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n</aside>\n");
    }

    private void header() {
        html.append("<header class=\"")
                .append(cls("site-header"))
                .append("\">\n<div class=\"")
                .append(cls("logo"))
                .append("\"><a href=\"/\">")
                .append(siteName())
                .append("</a></div>\n");
        html.append(semantic || random.nextBoolean() ? "<nav>" : "<div class=\"" + hashed() + "\">")
                .append("<ul>\n");
        int first = random.nextInt(5);
        for (int i = first; i < first + 8; i++) {
            html.append("<li><a href=\"/section/")
                    .append(i)
                    .append("\">")
                    .append(PageParts.SECTIONS.get(i))
                    .append("</a></li>\n");
        }
        html.append("</ul>")
                .append(html.lastIndexOf("<nav>") > html.lastIndexOf("<header") ? "</nav>" : "</div>")
                .append("\n");
        if (random.nextBoolean()) {
            html.append("<div class=\"")
                    .append(cls("top-links"))
                    .append("\"><a href=\"/login\">Log in</a> ")
                    .append("<a href=\"/subscribe\">Subscribe</a> <a href=\"/search\">Search</a></div>\n");
        }
        html.append("</header>\n");
    }

    private void breadcrumb() {
        html.append("<div class=\"")
                .append(cls("breadcrumb"))
                .append("\"><a href=\"/\">Home</a> &rsaquo; ")
                .append("<a href=\"/world\">")
                .append(pick(PageParts.SECTIONS))
                .append("</a> &rsaquo; ")
                .append("<a href=\"/world/x\">")
                .append(pick(PageParts.SECTIONS))
                .append("</a></div>\n");
    }

    private void byline(String dateline) {
        html.append("<div class=\"")
                .append(cls("byline"))
                .append("\"><span>")
                .append(pick(PageParts.BYLINES))
                .append("</span> <time datetime=\"\">")
                .append(esc(dateline))
                .append("</time>");
        if (random.nextBoolean()) {
            html.append(" <span>").append(2 + random.nextInt(12)).append(" min read</span>");
        }
        html.append("</div>\n");
    }

    private void shareBar() {
        html.append("<div class=\"").append(cls("share-bar")).append("\">");
        int first = random.nextInt(3);
        for (int i = first; i < first + 4; i++) {
            html.append("<a href=\"#share")
                    .append(i)
                    .append("\">")
                    .append(PageParts.SHARE.get(i))
                    .append("</a> ");
        }
        html.append("</div>\n");
    }

    private void figure() {
        String caption = pick(PageParts.CAPTIONS) + " " + pick(PageParts.CREDITS);
        if (random.nextBoolean()) {
            html.append("<figure><img src=\"/img/")
                    .append(index)
                    .append(".jpg\" alt=\"\"><figcaption>")
                    .append(esc(caption))
                    .append("</figcaption></figure>\n");
        } else {
            html.append("<div class=\"")
                    .append(cls("image"))
                    .append("\"><img src=\"/img/")
                    .append(index)
                    .append(".jpg\" alt=\"\"><div class=\"")
                    .append(cls("caption"))
                    .append("\">")
                    .append(esc(caption))
                    .append("</div></div>\n");
        }
    }

    private void tags() {
        html.append("<div class=\"").append(cls("tags")).append("\">").append(pick(PageParts.TAGS_LABELS));
        for (int i = 0; i < 3; i++) {
            html.append(" <a href=\"/tag/")
                    .append(i)
                    .append("\">")
                    .append(pick(PageParts.SECTIONS))
                    .append("</a>");
        }
        html.append("</div>\n");
    }

    private void comments() {
        int count = 2 + random.nextInt(3);
        html.append("<section class=\"")
                .append(cls("comments"))
                .append("\">\n<h3>")
                .append(count + random.nextInt(40))
                .append(" Comments</h3>\n");
        for (int i = 0; i < count; i++) {
            html.append("<div class=\"")
                    .append(cls("comment"))
                    .append("\"><div class=\"")
                    .append(cls("author"))
                    .append("\">")
                    .append(pick(PageParts.COMMENTERS))
                    .append(" &middot; ")
                    .append(1 + random.nextInt(23))
                    .append(" hours ago</div>\n<p>")
                    .append(esc(pick(PageParts.COMMENTS)))
                    .append("</p>\n<a href=\"#reply\">Reply</a></div>\n");
        }
        html.append("</section>\n");
    }

    private void sidebar() {
        html.append("<aside class=\"")
                .append(cls("sidebar"))
                .append("\">\n<h3>")
                .append(pick(List.of("Most read", "Trending", "Popular now")))
                .append("</h3>\n<ol>\n");
        for (int i = 0; i < 5; i++) {
            html.append("<li><a href=\"/story/")
                    .append(random.nextInt(99999))
                    .append("\">")
                    .append(esc(otherTitle()))
                    .append("</a></li>\n");
        }
        html.append("</ol>\n");
        if (random.nextBoolean()) {
            newsletter("sidebar");
        }
        html.append("</aside>\n");
    }

    private void footer() {
        html.append("<footer class=\"").append(cls("site-footer")).append("\">\n<ul>");
        for (String link : PageParts.FOOTER_LINKS) {
            html.append("<li><a href=\"/")
                    .append(link.length())
                    .append("\">")
                    .append(link)
                    .append("</a></li>");
        }
        html.append("</ul>\n<p>&copy; 2021 ").append(siteName()).append(". All rights reserved.</p>\n</footer>\n");
    }

    private void cookie() {
        html.append("<div class=\"")
                .append(cls("cookie-banner"))
                .append("\"><p>")
                .append(pick(PageParts.COOKIES))
                .append("</p><a href=\"#ok\">")
                .append(pick(PageParts.COOKIE_BUTTONS))
                .append("</a></div>\n");
    }

    private void jsonLd(String title, JsonNode article) {
        html.append(
                        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":")
                .append(jsonString(title))
                .append(",\"datePublished\":\"")
                .append(article.path("date").asText())
                .append("\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
                .append(siteName())
                .append("\"}}</script>\n");
    }

    private void articleOpen() {
        switch (wrapper) {
            case ARTICLE ->
                html.append("<article class=\"").append(cls("story")).append("\">\n");
            case MAIN ->
                html.append("<main>\n<div class=\"").append(cls("content")).append("\">\n");
            case BLOG -> html.append("<div class=\"").append(cls("post")).append("\">\n");
            case SOUP, TABLE -> html.append("<div class=\"").append(hashed()).append("\">\n");
        }
    }

    private void articleClose() {
        html.append(
                wrapper == Wrapper.ARTICLE
                        ? "</article>\n"
                        : wrapper == Wrapper.MAIN ? "</div>\n</main>\n" : "</div>\n");
    }

    private void open(String tag, String name) {
        html.append('<').append(tag).append(" class=\"").append(cls(name)).append("\">\n");
    }

    private void close(String tag) {
        html.append("</").append(tag).append(">\n");
    }

    private String cls(String name) {
        return semantic ? name : hashed();
    }

    private String hashed() {
        return String.format(Locale.ROOT, "css-%06x", random.nextInt(0x1000000));
    }

    private String siteName() {
        return List.of("The Daily Ledger", "Metro Herald", "Global Wire", "The Evening Post", "Northern Times")
                .get(index % 5);
    }

    private String otherTitle() {
        return otherTitles.get(random.nextInt(otherTitles.size()));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
