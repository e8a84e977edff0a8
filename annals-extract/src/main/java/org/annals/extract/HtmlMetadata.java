package org.annals.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads page metadata in order of trust: JSON-LD, Open Graph, {@code meta name=date} (and the other meta tags),
 * {@code <time datetime>}, authors (see {@link HtmlAuthors}), {@code link rel=canonical}, {@code <title>}, {@code html
 * lang}. JSON-LD comes first because publishers fill it for
 * search engines and it is the most carefully kept.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES =
            Set.of("newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle");

    private HtmlMetadata() {}

    static void read(org.jsoup.nodes.Document page, SourcedFields fields) {
        MetadataScan scan = MetadataScan.of(page);
        java.util.Optional<JsonNode> article = articleNode(scan.jsonLd());
        article.ifPresent(node -> {
            fields.offer("title", text(node.path("headline")), "json-ld");
            fields.offerDate(text(node.path("datePublished")), "json-ld");
            JsonNode publisher = node.path("publisher");
            fields.offer(
                    "publisher", publisher.isTextual() ? publisher.asText() : text(publisher.path("name")), "json-ld");
            fields.offer("url", text(node.path("url")), "json-ld");
            fields.offer("language", text(node.path("inLanguage")), "json-ld");
            fields.offerModified(text(node.path("dateModified")), "json-ld");
            JsonNode section = node.path("articleSection");
            fields.offer("section", text(section.isArray() ? section.path(0) : section), "json-ld");
        });
        List<Element> metas = scan.metas();
        fields.offer("title", meta(metas, "property", "og:title"), "opengraph");
        fields.offer("publisher", meta(metas, "property", "og:site_name"), "opengraph");
        fields.offerDate(meta(metas, "property", "article:published_time"), "opengraph");
        fields.offer("url", meta(metas, "property", "og:url"), "opengraph");
        fields.offerModified(meta(metas, "property", "article:modified_time"), "opengraph");
        fields.offerModified(meta(metas, "property", "og:updated_time"), "opengraph");
        fields.offer("section", meta(metas, "property", "article:section"), "opengraph");
        for (String name : List.of("date", "pubdate", "publishdate", "dc.date")) {
            fields.offerDate(meta(metas, "name", name), "meta");
        }
        for (String name : List.of("last-modified", "lastmod", "dc.date.modified", "dcterms.modified")) {
            fields.offerModified(meta(metas, "name", name), "meta");
            fields.offerModified(meta(metas, "http-equiv", name), "meta");
        }
        fields.offer("section", meta(metas, "name", "section"), "meta");
        Element modifiedTime = scan.modifiedTime();
        if (modifiedTime != null) {
            fields.offerModified(modifiedTime.attr("datetime"), "time");
        }
        Element time = scan.time();
        if (time != null) {
            fields.offerDate(time.attr("datetime"), "time");
        }
        HtmlAuthors.read(page, scan, article, fields);
        Element canonical = scan.canonical();
        if (canonical != null) {
            fields.offer("url", canonical.attr("href"), "canonical");
        }
        fields.offer("title", page.title(), "title");
        Element html = scan.htmlLang();
        if (html != null) {
            fields.offer("language", html.attr("lang").toLowerCase(Locale.ROOT), "html-lang");
        }
    }

    private static String meta(List<Element> metas, String attribute, String value) {
        for (Element meta : metas) {
            if (meta.hasAttr(attribute) && meta.attr(attribute).equalsIgnoreCase(value)) {
                return meta.attr("content");
            }
        }
        return "";
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText("") : "";
    }

    private static java.util.Optional<JsonNode> articleNode(List<Element> jsonLdScripts) {
        for (Element script : jsonLdScripts) {
            try {
                List<JsonNode> nodes = new ArrayList<>();
                flatten(JSON.readTree(script.data()), nodes);
                for (JsonNode node : nodes) {
                    if (isArticle(node.path("@type"))) {
                        return java.util.Optional.of(node);
                    }
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
        return java.util.Optional.empty();
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT));
    }
}
