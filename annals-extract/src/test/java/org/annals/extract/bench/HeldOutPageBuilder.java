package org.annals.extract.bench;

import static org.annals.extract.bench.PageBuilder.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays one article out in one of ten page structures that the first benchmark set does not use: a WordPress blog, an
 * AMP page, a live blog, a story split around ad slots and pull quotes, "Related:" link lines between paragraphs, an
 * old table layout with a br-separated cell, a print version, a soft paywall, a photo essay, and a story with an
 * editor's note and a corrections box. Reproducible from the seeded random source.
 */
final class HeldOutPageBuilder {
    enum Template {
        WORDPRESS,
        AMP,
        LIVE_BLOG,
        AD_SLOTS,
        RELATED_LINES,
        TABLE_CELL,
        PRINT,
        PAYWALL,
        PHOTO_ESSAY,
        CORRECTIONS
    }

    private final Random random;
    private final int index;
    private final List<String> otherTitles;
    private final List<PageBuilder.Box> boxes = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();
    private final Template template;
    private final boolean appealInside;

    HeldOutPageBuilder(Random random, int index, List<String> otherTitles) {
        this.random = random;
        this.index = index;
        this.otherTitles = otherTitles;
        this.template = Template.values()[index % Template.values().length];
        // Every other page of a template carries an appeal between its paragraphs; the paywall page has its wall
        // instead, and a print version carries none.
        this.appealInside = (index / Template.values().length) % 2 == 0
                && template != Template.PAYWALL
                && template != Template.PRINT;
    }

    String layout() {
        return template.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (appealInside ? "/appeal" : "/plain");
    }

    List<PageBuilder.Box> boxes() {
        return List.copyOf(boxes);
    }

    String build(String title, String dateline, List<String> paragraphs) {
        html.append("<!DOCTYPE html>\n")
                .append(template == Template.AMP ? "<html amp lang=\"en\">\n" : "<html lang=\"en\">\n")
                .append("<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title))
                .append(" - ")
                .append(site())
                .append("</title>\n<meta property=\"og:title\" content=\"")
                .append(esc(title))
                .append("\">\n</head>\n");
        switch (template) {
            case WORDPRESS -> wordpress(title, dateline, paragraphs);
            case AMP -> amp(title, dateline, paragraphs);
            case LIVE_BLOG -> liveBlog(title, dateline, paragraphs);
            case AD_SLOTS -> adSlots(title, dateline, paragraphs);
            case RELATED_LINES -> relatedLines(title, dateline, paragraphs);
            case TABLE_CELL -> tableCell(title, dateline, paragraphs);
            case PRINT -> print(title, dateline, paragraphs);
            case PAYWALL -> paywall(title, dateline, paragraphs);
            case PHOTO_ESSAY -> photoEssay(title, dateline, paragraphs);
            case CORRECTIONS -> corrections(title, dateline, paragraphs);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void wordpress(String title, String dateline, List<String> paragraphs) {
        html.append("<body class=\"post-template-default single single-post\">\n<div id=\"page\" class=\"site\">\n")
                .append("<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">")
                .append(site())
                .append("</a></p><p class=\"site-description\">Independent news and views</p>\n");
        menu("main-navigation");
        html.append("</header>\n<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">")
                .append("<main id=\"main\" class=\"site-main\">\n<article id=\"post-")
                .append(1000 + index)
                .append("\" class=\"post type-post status-publish format-standard hentry\">\n")
                .append("<header class=\"entry-header\"><h1 class=\"entry-title\">")
                .append(esc(title))
                .append("</h1><div class=\"entry-meta\"><span class=\"posted-on\">Posted on ")
                .append(esc(dateline))
                .append("</span> <span class=\"byline\">by <a href=\"/author/x\">")
                .append(pick(List.of("Sam Whitfield", "Lena Ortiz", "Daniel Mbeki")))
                .append("</a></span></div></header>\n<div class=\"entry-content\">\n");
        paragraphsWithAppeal(paragraphs, p -> html.append("<p>").append(esc(p)).append("</p>\n"));
        html.append("</div>\n<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/c\">")
                .append(pick(HeldOutParts.MENU))
                .append("</a></span> <span class=\"tags-links\">Tagged ");
        for (int i = 0; i < 3; i++) {
            html.append("<a href=\"/tag/")
                    .append(i)
                    .append("\">")
                    .append(pick(HeldOutParts.TAG_CLOUD))
                    .append("</a> ");
        }
        html.append("</span></footer>\n</article>\n<div class=\"author-box\"><h4>About the author</h4><p>")
                .append(esc(pick(HeldOutParts.AUTHOR_BIOS)))
                .append("</p></div>\n<nav class=\"navigation post-navigation\"><a href=\"/prev\">Previous post: ")
                .append(esc(otherTitle()))
                .append("</a> <a href=\"/next\">Next post: ")
                .append(esc(otherTitle()))
                .append("</a></nav>\n<div id=\"respond\" class=\"comment-respond\"><h3>Leave a Reply</h3>")
                .append("<p>Your email address will not be published. Required fields are marked *</p></div>\n")
                .append("</main></div>\n<aside id=\"secondary\" class=\"widget-area\">\n")
                .append("<section class=\"widget widget_tag_cloud\"><h2 class=\"widget-title\">Tags</h2><div>");
        for (String tag : HeldOutParts.TAG_CLOUD) {
            html.append("<a href=\"/tag/").append(tag).append("\">").append(tag).append("</a> ");
        }
        html.append("</div></section>\n<section class=\"widget widget_recent_entries\"><h2>Recent Posts</h2><ul>");
        titles(4);
        html.append("</ul></section>\n</aside></div>\n<footer id=\"colophon\" class=\"site-footer\">")
                .append("<div class=\"site-info\">Proudly powered by a content management system | Theme by a")
                .append(" studio</div></footer>\n</div>\n");
    }

    private void amp(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n<amp-consent id=\"consent\" layout=\"nodisplay\"><div class=\"consent-ui\"><p>")
                .append(esc(pick(HeldOutParts.COOKIES)))
                .append("</p><button on=\"tap:consent.accept\">I agree</button></div></amp-consent>\n")
                .append("<amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul>");
        for (String item : HeldOutParts.MENU.subList(0, 7)) {
            html.append("<li><a href=\"/")
                    .append(item)
                    .append("\">")
                    .append(item)
                    .append("</a></li>");
        }
        html.append("</ul></amp-sidebar>\n<div class=\"amp-header\"><a href=\"/\">")
                .append(site())
                .append("</a></div>\n<article class=\"amp-wp-article\">\n<h1 class=\"amp-wp-title\">")
                .append(esc(title))
                .append("</h1>\n<div class=\"amp-wp-meta\">")
                .append(esc(dateline))
                .append("</div>\n<amp-img src=\"/lead.jpg\" width=\"1200\" height=\"800\" layout=\"responsive\">")
                .append("</amp-img>\n<div class=\"amp-wp-article-content\">\n");
        int adAt = 2 + random.nextInt(Math.max(1, paragraphs.size() - 2));
        paragraphsWithAppeal(paragraphs, new Paragraphs() {
            private int written;

            @Override
            public void write(String paragraph) {
                if (written++ == adAt) {
                    html.append("<div class=\"amp-ad-wrapper\"><span>Advertisement</span>")
                            .append("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"></amp-ad></div>\n");
                }
                html.append("<p>").append(esc(paragraph)).append("</p>\n");
            }
        });
        html.append("</div>\n<amp-social-share type=\"twitter\"></amp-social-share>")
                .append("<amp-social-share type=\"email\"></amp-social-share>\n</article>\n")
                .append("<footer class=\"amp-footer\"><a href=\"#top\">Back to top</a> <a href=\"/full\">View")
                .append(" full site</a></footer>\n");
    }

    private void liveBlog(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n");
        siteHeader();
        html.append("<main><div class=\"live-header\"><span class=\"badge\">LIVE</span><h1>")
                .append(esc(title))
                .append("</h1><p class=\"updated\">Last updated ")
                .append(esc(dateline))
                .append("</p><button>")
                .append(paragraphs.size())
                .append(" new updates</button></div>\n<ol class=\"live-feed\">\n")
                .append("<li class=\"live-post pinned\"><span class=\"pin\">Pinned</span><p>")
                .append(esc(pick(HeldOutParts.LIVE_INTROS)))
                .append("</p></li>\n");
        int hour = 8 + random.nextInt(6);
        int minute = random.nextInt(20);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (appealInside && i == paragraphs.size() / 2) {
                html.append("<li class=\"live-post\">");
                appeal("inside-body");
                html.append("</li>\n");
            }
            minute += 4 + random.nextInt(25);
            html.append(String.format(
                            java.util.Locale.ROOT,
                            "<li class=\"live-post\"><time>%02d:%02d GMT</time>",
                            hour + minute / 60,
                            minute % 60))
                    .append("<p>")
                    .append(esc(paragraphs.get(i)))
                    .append("</p><a class=\"permalink\" href=\"#p")
                    .append(i)
                    .append("\">Link to this post</a></li>\n");
        }
        html.append("</ol>\n<button class=\"load-more\">Load earlier posts</button></main>\n");
        siteFooter();
    }

    private void adSlots(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n");
        siteHeader();
        html.append("<div class=\"story\"><h1>")
                .append(esc(title))
                .append("</h1><p class=\"dek\">")
                .append(esc(dateline))
                .append("</p>\n");
        int perPart = 2;
        for (int start = 0; start < paragraphs.size(); start += perPart) {
            html.append("<div class=\"story-body__part\">\n");
            for (String paragraph : paragraphs.subList(start, Math.min(paragraphs.size(), start + perPart))) {
                html.append("<p>").append(esc(paragraph)).append("</p>\n");
            }
            html.append("</div>\n");
            if (start == 0) {
                pullQuote(paragraphs.get(1));
            }
            if (appealInside && start == perPart) {
                appeal("inside-body");
            }
            if (start + perPart < paragraphs.size()) {
                html.append("<div class=\"ad-slot\"><p class=\"ad-label\">Advertisement</p><div id=\"gpt-ad-")
                        .append(start)
                        .append("\"></div><p>Story continues below advertisement</p></div>\n");
            }
        }
        html.append("</div>\n");
        siteFooter();
    }

    private void pullQuote(String paragraph) {
        String[] sentences = paragraph.split("(?<=\\.) ");
        html.append("<blockquote class=\"pull-quote\"><p>")
                .append(esc(sentences[0]))
                .append("</p></blockquote>\n");
    }

    private void relatedLines(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n");
        siteHeader();
        html.append("<section class=\"article\"><h1 class=\"article__headline\">")
                .append(esc(title))
                .append("</h1><div class=\"article__byline\">")
                .append(esc(dateline))
                .append("</div>\n<div class=\"article__content\">\n");
        paragraphsWithAppeal(paragraphs, new Paragraphs() {
            private int written;

            @Override
            public void write(String paragraph) {
                if (written > 0 && written % 2 == 0) {
                    html.append("<p><strong>")
                            .append(pick(List.of("Related:", "ALSO READ:", "More coverage:")))
                            .append("</strong> <a href=\"/s/")
                            .append(random.nextInt(9999))
                            .append("\">")
                            .append(esc(otherTitle()))
                            .append("</a></p>\n");
                }
                written++;
                html.append("<p><span>").append(esc(paragraph)).append("</span></p>\n");
            }
        });
        html.append("</div></section>\n");
        newsletter("after-article");
        siteFooter();
    }

    private void tableCell(String title, String dateline, List<String> paragraphs) {
        html.append("<body bgcolor=\"#ffffff\">\n<table width=\"100%\" border=\"0\"><tr><td colspan=\"2\">")
                .append("<font size=\"6\"><b>")
                .append(site())
                .append("</b></font></td></tr>\n<tr><td width=\"160\" valign=\"top\">");
        for (String item : HeldOutParts.MENU) {
            html.append("<a href=\"/").append(item).append("\">").append(item).append("</a><br>\n");
        }
        html.append("</td><td valign=\"top\"><font size=\"5\"><b>")
                .append(esc(title))
                .append("</b></font><br>\n<i>")
                .append(esc(dateline))
                .append("</i><br><br>\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (appealInside && i == paragraphs.size() / 2) {
                appealAsBrLines();
            }
            html.append(esc(paragraphs.get(i))).append("<br><br>\n");
        }
        html.append("<a href=\"#top\">Back to top</a> | <a href=\"/print\">Print this page</a> | ")
                .append("<a href=\"/email\">Email to a friend</a>\n</td></tr>\n<tr><td colspan=\"2\"><font size=\"1\">")
                .append("Copyright 2024 ")
                .append(site())
                .append(". All rights reserved.</font></td></tr></table>\n");
    }

    /** An appeal set in the same br-separated text as the story, in bold, as such pages set one. */
    private void appealAsBrLines() {
        List<String> lines = pick(HeldOutParts.APPEALS);
        boxes.add(new PageBuilder.Box("appeal", "inside-body", lines));
        html.append("<b>").append(esc(lines.get(0))).append("</b><br>\n");
        for (String line : lines.subList(1, lines.size())) {
            html.append(esc(line)).append("<br>\n");
        }
        html.append("<br>\n");
    }

    private void print(String title, String dateline, List<String> paragraphs) {
        html.append("<body onload=\"window.print()\">\n<div class=\"print-header\"><img src=\"/logo-bw.png\" alt=\"")
                .append(site())
                .append("\"><p>Printed from ")
                .append(site())
                .append("</p></div>\n<h2>")
                .append(esc(title))
                .append("</h2>\n<p class=\"print-date\">")
                .append(esc(dateline))
                .append("</p>\n<div class=\"print-body\">\n");
        paragraphsWithAppeal(paragraphs, p -> html.append("<p>").append(esc(p)).append("</p>\n"));
        html.append("</div>\n<hr>\n<p class=\"print-url\">URL: https://news.example.org/story/")
                .append(1000 + index)
                .append("</p>\n<p>&copy; 2024 ")
                .append(site())
                .append(". This material may not be published, broadcast or redistributed.</p>\n")
                .append("<p><a href=\"javascript:window.close()\">Close window</a></p>\n");
    }

    private void paywall(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n");
        siteHeader();
        html.append("<article><h1>")
                .append(esc(title))
                .append("</h1><p class=\"meta\">")
                .append(esc(dateline))
                .append("</p>\n<div class=\"teaser\">\n");
        int visible = 2;
        paragraphs
                .subList(0, visible)
                .forEach(p -> html.append("<p>").append(esc(p)).append("</p>\n"));
        html.append("</div>\n<div class=\"wall\">\n");
        List<String> lines = pick(HeldOutParts.PAYWALLS);
        boxes.add(new PageBuilder.Box("appeal", "inside-body", lines));
        html.append("<h3>").append(esc(lines.get(0))).append("</h3>\n");
        lines.subList(1, lines.size())
                .forEach(line -> html.append("<p>").append(esc(line)).append("</p>\n"));
        html.append("</div>\n<div class=\"rest\">\n");
        paragraphs
                .subList(visible, paragraphs.size())
                .forEach(p -> html.append("<p>").append(esc(p)).append("</p>\n"));
        html.append("</div>\n</article>\n");
        siteFooter();
    }

    private void photoEssay(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n");
        siteHeader();
        html.append("<div class=\"essay\"><h1>")
                .append(esc(title))
                .append("</h1><div class=\"essay-meta\">")
                .append(esc(dateline))
                .append("</div>\n");
        int slides = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (appealInside && i == paragraphs.size() / 2) {
                appeal("inside-body");
            }
            html.append("<div class=\"essay-text\"><p>")
                    .append(esc(paragraphs.get(i)))
                    .append("</p></div>\n");
            if (i % 2 == 0) {
                slides++;
                html.append("<div class=\"slide\"><img src=\"/essay/")
                        .append(slides)
                        .append(".jpg\" alt=\"\"><div class=\"slide-count\">")
                        .append(slides)
                        .append(" / ")
                        .append((paragraphs.size() + 1) / 2)
                        .append("</div><div class=\"slide-text\">")
                        .append(esc(pick(HeldOutParts.PHOTO_CAPTIONS)))
                        .append(" ")
                        .append(esc(pick(HeldOutParts.PHOTO_CREDITS)))
                        .append("</div></div>\n");
            }
        }
        html.append("</div>\n");
        siteFooter();
    }

    private void corrections(String title, String dateline, List<String> paragraphs) {
        html.append("<body>\n");
        siteHeader();
        html.append("<article class=\"news\"><h1>")
                .append(esc(title))
                .append("</h1><p class=\"when\">")
                .append(esc(dateline))
                .append("</p>\n<div class=\"editors-note\"><p><em>")
                .append(esc(pick(HeldOutParts.EDITOR_NOTES)))
                .append("</em></p></div>\n<div class=\"text\">\n");
        paragraphsWithAppeal(paragraphs, p -> html.append("<p>").append(esc(p)).append("</p>\n"));
        html.append("<p><em>")
                .append(esc(pick(HeldOutParts.TIP_LINES)))
                .append("</em></p>\n</div>\n<div class=\"correction-box\"><p>")
                .append(esc(pick(HeldOutParts.CORRECTIONS)))
                .append("</p></div>\n</article>\n");
        siteFooter();
    }

    /** Writes one paragraph; templates decide the markup around it. */
    private interface Paragraphs {
        void write(String paragraph);
    }

    private void paragraphsWithAppeal(List<String> paragraphs, Paragraphs writer) {
        int appealAt = appealInside ? 1 + random.nextInt(paragraphs.size() - 1) : -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == appealAt) {
                appeal("inside-body");
            }
            writer.write(paragraphs.get(i));
        }
    }

    private void appeal(String placement) {
        List<String> lines = pick(HeldOutParts.APPEALS);
        boxes.add(new PageBuilder.Box("appeal", placement, lines));
        html.append("<div class=\"")
                .append(pick(List.of("reader-revenue", "cta-block", "promo")))
                .append("\">\n<h2>")
                .append(esc(lines.get(0)))
                .append("</h2>\n");
        for (int i = 1; i < lines.size(); i++) {
            boolean button = i == lines.size() - 1;
            html.append(button ? "<a class=\"cta-button\" href=\"/give\">" : "<p>")
                    .append(esc(lines.get(i)))
                    .append(button ? "</a>\n" : "</p>\n");
        }
        html.append("</div>\n");
    }

    private void newsletter(String placement) {
        List<String> lines = pick(HeldOutParts.NEWSLETTERS);
        boxes.add(new PageBuilder.Box("newsletter", placement, lines));
        html.append("<div class=\"inline-signup\"><h3>")
                .append(esc(lines.get(0)))
                .append("</h3><p>")
                .append(esc(lines.get(1)))
                .append("</p><form>");
        for (String line : lines.subList(2, lines.size())) {
            html.append("<label>").append(esc(line)).append("</label>");
        }
        html.append("<input type=\"email\"></form></div>\n");
    }

    private void siteHeader() {
        html.append("<div class=\"top\"><a class=\"brand\" href=\"/\">")
                .append(site())
                .append("</a>\n");
        menu("menu");
        html.append("</div>\n");
    }

    private void menu(String name) {
        html.append("<nav class=\"").append(name).append("\"><ul>");
        int first = random.nextInt(4);
        for (String item : HeldOutParts.MENU.subList(first, first + 7)) {
            html.append("<li><a href=\"/")
                    .append(item)
                    .append("\">")
                    .append(item)
                    .append("</a></li>");
        }
        html.append("</ul></nav>\n");
    }

    private void siteFooter() {
        if (random.nextBoolean()) {
            html.append("<div class=\"notice\"><p>")
                    .append(esc(pick(HeldOutParts.COOKIES)))
                    .append("</p><a href=\"#ok\">Got it</a></div>\n");
        }
        html.append("<footer><p>More from ").append(site()).append(":</p><ul>");
        titles(3);
        html.append("</ul><p>&copy; 2024 ").append(site()).append("</p></footer>\n");
    }

    private void titles(int count) {
        for (int i = 0; i < count; i++) {
            html.append("<li><a href=\"/s/")
                    .append(random.nextInt(99999))
                    .append("\">")
                    .append(esc(otherTitle()))
                    .append("</a></li>");
        }
    }

    private String site() {
        return HeldOutParts.SITES.get(index % HeldOutParts.SITES.size());
    }

    private String otherTitle() {
        return otherTitles.get(random.nextInt(otherTitles.size()));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
