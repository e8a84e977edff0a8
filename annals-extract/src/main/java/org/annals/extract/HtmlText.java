package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits a page body into blocks of text in document order. Every block-level element starts a new block, so a div
 * with its own text becomes a block while its paragraph children become blocks of their own; inline elements
 * (links, emphasis) stay inside the block around them.
 */
final class HtmlText {
    static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe", "button");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "table",
            "thead",
            "tbody",
            "tr",
            "td",
            "th",
            "dl",
            "dd",
            "dt",
            "form",
            "address",
            "body",
            "hr",
            "br",
            "caption",
            "details",
            "summary",
            "label",
            "fieldset");

    private final List<HtmlPiece> pieces = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private Element owner;
    private int linkChars;
    private int linkDepth;

    private HtmlText() {}

    static List<HtmlPiece> of(Element body) {
        HtmlText walker = new HtmlText();
        walker.block(body);
        return List.copyOf(walker.pieces);
    }

    private void block(Element element) {
        flush();
        Element outer = owner;
        owner = element;
        children(element);
        flush();
        owner = outer;
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (child instanceof Element childElement) {
                element(childElement);
            }
        }
    }

    private void element(Element element) {
        String tag = element.normalName();
        if (DROPPED.contains(tag) || element.hasAttr("hidden")) {
            return;
        }
        if (BLOCK_TAGS.contains(tag)) {
            block(element);
            return;
        }
        boolean link = tag.equals("a");
        linkDepth += link ? 1 : 0;
        children(element);
        linkDepth -= link ? 1 : 0;
    }

    private void append(String raw) {
        String collapsed = collapseSpace(raw);
        if (collapsed.isEmpty()) {
            return;
        }
        if (run.length() > 0 && run.charAt(run.length() - 1) == ' ' && collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        run.append(collapsed);
        if (linkDepth > 0) {
            linkChars += collapsed.strip().length();
        }
    }

    /** Each run of ASCII whitespace and no-break spaces becomes one space, as a browser renders it. */
    private static String collapseSpace(String raw) {
        if (!needsCollapsing(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int start = i;
            while (i < raw.length() && !isSpace(raw.charAt(i))) {
                i++;
            }
            out.append(raw, start, i);
            if (i < raw.length()) {
                out.append(' ');
                while (i < raw.length() && isSpace(raw.charAt(i))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Most text nodes are single-spaced already; they are passed through as they are. */
    private static boolean needsCollapsing(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < raw.length() && isSpace(raw.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || (c >= '\t' && c <= '\r');
    }

    private void flush() {
        String text = run.toString().strip();
        if (!text.isEmpty() && owner != null) {
            pieces.add(new HtmlPiece(text, owner, linkChars));
        }
        run.setLength(0);
        linkChars = 0;
    }
}
