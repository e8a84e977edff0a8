package org.annals.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's authors in order of trust: JSON-LD {@code author} (a string, a Person object or an array of
 * them; Organization authors are no persons), Open Graph {@code article:author}, {@code meta name=author}, {@code
 * rel=author} links, and last a visible byline ("By Jane Doe") after the headline. Names equal to the publisher's
 * are dropped.
 */
final class HtmlAuthors {
    // How far past the headline a visible byline may be, in elements.
    private static final int BYLINE_WINDOW = 40;
    // Enough leading text to recognise "Written by:" and the like.
    private static final int LEADING_CHARS = 40;
    /*
     * "By" is told within LEADING_CHARS plus "reported by", so a long text node (an article paragraph) is normalised
     * only as far as its first TEXT_NODE_HEAD characters. Normalising a prefix gives a prefix of the normalised whole.
     */
    private static final int TEXT_NODE_HEAD = 3 * LEADING_CHARS;
    private static final int ENOUGH_CHARS = 2 * LEADING_CHARS;
    private static final Pattern REL_AUTHOR = Pattern.compile("(?i)\\bauthor\\b");

    private HtmlAuthors() {}

    static void read(
            org.jsoup.nodes.Document page, MetadataScan scan, Optional<JsonNode> article, SourcedFields fields) {
        List<Element> metas = scan.metas();
        String publisher = fields.value("publisher");
        article.ifPresent(node -> offer(fields, fromJsonLd(node.path("author")), "json-ld", publisher));
        offer(fields, fromMeta(metas, "property", "article:author"), "opengraph", publisher);
        for (String name : List.of("author", "byl", "dc.creator", "parsely-author")) {
            offer(fields, fromMeta(metas, "name", name), "meta", publisher);
        }
        if (fields.hasAuthors()) {
            return;
        }
        offer(fields, relAuthorLinks(scan.withRel()), "rel-author", publisher);
        offer(fields, visibleByline(page, scan.headline()), "byline", publisher);
    }

    private static List<String> relAuthorLinks(List<Element> withRel) {
        List<String> linked = new ArrayList<>();
        for (Element link : withRel) {
            if (link.nameIs("a") && REL_AUTHOR.matcher(link.attr("rel")).find()) {
                linked.addAll(Bylines.fromField(link.text()));
            }
        }
        return linked;
    }

    private static void offer(SourcedFields fields, List<String> names, String source, String publisher) {
        if (fields.hasAuthors()) {
            return;
        }
        fields.offerAuthors(
                names.stream()
                        .filter(name -> !name.equalsIgnoreCase(publisher))
                        .distinct()
                        .toList(),
                source);
    }

    private static List<String> fromJsonLd(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(each -> names.addAll(fromJsonLd(each)));
        } else if (author.isTextual()) {
            names.addAll(Bylines.fromField(author.asText()));
        } else if (author.isObject() && !isOrganization(author.path("@type"))) {
            names.addAll(Bylines.fromField(author.path("name").asText("")));
        }
        return names;
    }

    private static boolean isOrganization(JsonNode type) {
        String name = type.asText("").toLowerCase(Locale.ROOT);
        return name.equals("organization") || name.equals("newsmediaorganization");
    }

    private static List<String> fromMeta(List<Element> metas, String attribute, String value) {
        List<String> names = new ArrayList<>();
        for (Element meta : metas) {
            String content = meta.attr("content");
            // Open Graph authors are often profile URLs, which name nobody.
            if (meta.attr(attribute).equalsIgnoreCase(value) && !content.contains("://")) {
                names.addAll(Bylines.fromField(content));
            }
        }
        return names;
    }

    private static List<String> visibleByline(org.jsoup.nodes.Document page, Element headline) {
        int seen = 0;
        for (Element element = headline != null ? after(headline) : next(page.body());
                element != null && seen < BYLINE_WINDOW;
                element = next(element), seen++) {
            if (mayStartLikeByline(element) && Bylines.startsLikeByline(leadingText(element))) {
                List<String> names =
                        Bylines.fromVisible(innermostByline(element).text());
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    // Most elements are ruled out by their first letter, without building their leading text.
    private static boolean mayStartLikeByline(Element element) {
        int letter = LeadingLetter.of(element);
        return letter == LeadingLetter.UNKNOWN || Bylines.mayStartLikeByline(letter);
    }

    // A byline's container often holds the date as well; the innermost element starting with "By" holds only names.
    private static Element innermostByline(Element element) {
        for (Element child : element.children()) {
            if (Bylines.startsLikeByline(leadingText(child))) {
                return innermostByline(child);
            }
        }
        return element;
    }

    /*
     * The first characters of the element's text: enough to see "By", without Element.text(), which copies the whole
     * subtree (the element after a headline is often the container of the entire article).
     */
    private static String leadingText(Element element) {
        StringBuilder text = new StringBuilder();
        appendLeading(element, text);
        return text.toString();
    }

    private static void appendLeading(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (text.length() >= LEADING_CHARS) {
                return;
            }
            if (child instanceof TextNode textNode) {
                text.append(leadingText(textNode));
            } else if (child instanceof Element element) {
                if (element.isBlock() && text.length() > 0) {
                    text.append(' ');
                }
                appendLeading(element, text);
            }
        }
    }

    // Whitespace runs shrink when normalised; a head that shrank too far is made good from the whole node.
    private static String leadingText(TextNode node) {
        String whole = node.getWholeText();
        if (whole.length() <= TEXT_NODE_HEAD) {
            return node.text();
        }
        String head = new TextNode(whole.substring(0, TEXT_NODE_HEAD)).text();
        return head.length() >= ENOUGH_CHARS ? head : node.text();
    }

    // The next element in document order: the first child, else the element after this one's subtree.
    private static Element next(Element element) {
        if (element == null) {
            return null;
        }
        // firstElementChild scans the child nodes; child(0) would build and cache a list of all child elements.
        Element first = element.firstElementChild();
        return first != null ? first : after(element);
    }

    private static Element after(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
