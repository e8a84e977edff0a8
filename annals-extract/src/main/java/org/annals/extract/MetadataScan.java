package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements page metadata is read from, gathered in one pass over the document. Each selector walk of a large
 * page costs about as much as the rest of the metadata reading, so the queries share a single traversal; each
 * element is tested with the same evaluators (and in the same document order) as {@code select}/{@code selectFirst}
 * would use, so the elements found are the same.
 */
final class MetadataScan implements NodeVisitor {
    // Built as getElementsByTag and getElementsByAttribute build theirs.
    private static final Evaluator META = new Evaluator.Tag("meta");
    private static final Evaluator REL = new Evaluator.Attribute("rel");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]:not([itemprop=dateModified])");
    private static final Evaluator MODIFIED_TIME = QueryParser.parse("time[datetime][itemprop=dateModified]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator HEADLINE = QueryParser.parse("h1");

    private final Predicate<Element> isMeta;
    private final Predicate<Element> hasRel;
    private final Predicate<Element> isJsonLd;
    private final Predicate<Element> isTime;
    private final Predicate<Element> isModifiedTime;
    private final Predicate<Element> isCanonical;
    private final Predicate<Element> isHtmlLang;
    private final Predicate<Element> isHeadline;
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> withRel = new ArrayList<>();
    private final List<Element> jsonLd = new ArrayList<>();
    private Element time;
    private Element modifiedTime;
    private Element canonical;
    private Element htmlLang;
    private Element headline;

    private MetadataScan(org.jsoup.nodes.Document page) {
        isMeta = META.asPredicate(page);
        hasRel = REL.asPredicate(page);
        isJsonLd = JSON_LD.asPredicate(page);
        isTime = TIME.asPredicate(page);
        isModifiedTime = MODIFIED_TIME.asPredicate(page);
        isCanonical = CANONICAL.asPredicate(page);
        isHtmlLang = HTML_LANG.asPredicate(page);
        isHeadline = HEADLINE.asPredicate(page);
    }

    static MetadataScan of(org.jsoup.nodes.Document page) {
        MetadataScan scan = new MetadataScan(page);
        NodeTraversor.traverse(scan, page);
        return scan;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element element) {
            collect(element);
        }
    }

    private void collect(Element element) {
        addIf(isMeta, element, metas);
        addIf(hasRel, element, withRel);
        addIf(isJsonLd, element, jsonLd);
        time = firstOf(time, isTime, element);
        modifiedTime = firstOf(modifiedTime, isModifiedTime, element);
        canonical = firstOf(canonical, isCanonical, element);
        htmlLang = firstOf(htmlLang, isHtmlLang, element);
        headline = firstOf(headline, isHeadline, element);
    }

    private static void addIf(Predicate<Element> test, Element element, List<Element> found) {
        if (test.test(element)) {
            found.add(element);
        }
    }

    private static Element firstOf(Element found, Predicate<Element> test, Element element) {
        return found == null && test.test(element) ? element : found;
    }

    /** {@code meta} elements in document order. */
    List<Element> metas() {
        return metas;
    }

    /** Elements with a {@code rel} attribute in document order. */
    List<Element> withRel() {
        return withRel;
    }

    /** {@code script type=application/ld+json} elements in document order. */
    List<Element> jsonLd() {
        return jsonLd;
    }

    /** The first {@code time[datetime]} that is no {@code itemprop=dateModified}; null when none. */
    Element time() {
        return time;
    }

    /** The first {@code time[datetime][itemprop=dateModified]}; null when none. */
    Element modifiedTime() {
        return modifiedTime;
    }

    /** The first {@code link[rel=canonical][href]}; null when none. */
    Element canonical() {
        return canonical;
    }

    /** The {@code html} element when it has a {@code lang}; null otherwise. */
    Element htmlLang() {
        return htmlLang;
    }

    /** The first {@code h1}; null when none. */
    Element headline() {
        return headline;
    }
}
