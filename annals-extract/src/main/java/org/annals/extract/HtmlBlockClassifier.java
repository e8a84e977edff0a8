package org.annals.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.BlockKind;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Classifies page blocks by where they sit: inside navigation or page furniture, inside boxes whose class names give
 * them away, link lists, captions, and anything outside the main content container.
 */
final class HtmlBlockClassifier {
    // Above this share of link text a block is a menu or a list of teasers, not prose.
    private static final double MAX_LINK_DENSITY = 0.6;
    private static final int MIN_PROSE_WORDS = 10;
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main, [role=main]");
    // One walk finds both an explicit articleBody and the article or main elements.
    private static final Evaluator CANDIDATES = QueryParser.parse("[itemprop=articleBody], article, main, [role=main]");

    private final Element body;
    private final Element main;
    private final Element title;
    private final HtmlPiece titleText;
    // Pieces share ancestors; each element's verdict is worked out once, so deep pages stay linear.
    private final Set<Element> mainAndAbove = identitySet();
    private final Set<Element> insideMain = identitySet();
    private final Map<Element, Optional<Verdict>> furniture = new IdentityHashMap<>();

    /** {@code pageTitle}: the title the page's metadata gives, or empty. */
    HtmlBlockClassifier(Element body, List<HtmlPiece> pieces, String pageTitle) {
        this.body = body;
        this.main = mainContainer(body, pieces);
        Element firstH1 = main == null ? null : main.selectFirst(H1);
        this.title = firstH1 != null ? firstH1 : body.selectFirst(H1);
        this.titleText = title != null ? null : headlineWithoutH1(pieces, pageTitle);
        if (main != null) {
            mainAndAbove.add(main);
            mainAndAbove.addAll(main.parents());
            insideMain.addAll(main.getAllElements());
        }
    }

    /**
     * Old layouts set the headline in bold or a font tag: without any h1, the first block that repeats the
     * metadata title is the headline.
     */
    private static HtmlPiece headlineWithoutH1(List<HtmlPiece> pieces, String pageTitle) {
        if (pageTitle.isBlank()) {
            return null;
        }
        return pieces.stream()
                .filter(piece -> piece.text().equals(pageTitle.strip()))
                .findFirst()
                .orElse(null);
    }

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    record Verdict(BlockKind kind, String reason) {}

    Verdict classify(HtmlPiece piece) {
        Element owner = piece.owner();
        if (owner == title) {
            return new Verdict(BlockKind.TITLE, "html:first-h1");
        }
        if (piece == titleText) {
            return new Verdict(BlockKind.TITLE, "html:title-text");
        }
        Optional<Verdict> around = furnitureAround(owner);
        if (around.isPresent()) {
            return around.get();
        }
        if (piece.linkDensity() >= MAX_LINK_DENSITY) {
            return new Verdict(BlockKind.NAVIGATION, "html:link-density=" + piece.linkDensityText());
        }
        if (main != null && !insideMain.contains(owner)) {
            return new Verdict(BlockKind.BOILERPLATE, "html:outside-main");
        }
        return new Verdict(BlockKind.BODY, "");
    }

    /**
     * The verdict of the nearest element from {@code owner} up that is furniture (navigation, a hinted box, a
     * caption), looking no higher than the main container or the body.
     */
    private Optional<Verdict> furnitureAround(Element owner) {
        List<Element> walked = new ArrayList<>();
        Optional<Verdict> found = Optional.empty();
        for (Element element = owner; element != null && element != body; element = element.parent()) {
            if (mainAndAbove.contains(element)) {
                break;
            }
            Optional<Verdict> known = furniture.get(element);
            if (known != null) {
                found = known;
                break;
            }
            walked.add(element);
            Verdict own = structural(element);
            if (own != null) {
                found = Optional.of(own);
                break;
            }
        }
        for (Element element : walked) {
            furniture.put(element, found);
        }
        return found;
    }

    private Verdict structural(Element element) {
        var hint = StructuralHints.of(element);
        if (hint.isPresent()) {
            return new Verdict(hint.get().kind(), hint.get().reason());
        }
        return switch (element.normalName()) {
            case "nav" -> new Verdict(BlockKind.NAVIGATION, "html:nav");
            case "header", "footer", "aside" -> new Verdict(BlockKind.BOILERPLATE, "html:" + element.normalName());
            case "figcaption" -> new Verdict(BlockKind.CAPTION, "html:figcaption");
            default -> null;
        };
    }

    private static boolean isInside(Element element, Element container) {
        return element == container || element.parents().contains(container);
    }

    /**
     * The element holding the article: an explicit articleBody, else the article element (or main) with the most
     * paragraph text, else the element whose prose blocks hold the most text.
     */
    private static Element mainContainer(Element body, List<HtmlPiece> pieces) {
        Elements candidates = body.select(CANDIDATES);
        for (Element candidate : candidates) {
            if (ARTICLE_BODY.matches(body, candidate)) {
                return candidate;
            }
        }
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            if (!ARTICLE_OR_MAIN.matches(body, candidate)) {
                continue;
            }
            int length = paragraphText(candidate);
            if (length > bestLength || (length == bestLength && best != null && isInside(candidate, best))) {
                best = candidate;
                bestLength = length;
            }
        }
        return best != null ? best : densestProseContainer(body, pieces);
    }

    private static int paragraphText(Element container) {
        return container.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /**
     * Each prose block (ten words or more) credits its text to the element around it and half to the one above,
     * so a story split over divs and paragraphs still adds up in the container that holds them all.
     */
    private static Element densestProseContainer(Element body, List<HtmlPiece> pieces) {
        Map<Element, Double> prose = new HashMap<>();
        for (HtmlPiece piece : pieces) {
            if (!piece.hasWords(MIN_PROSE_WORDS) || piece.linkDensity() >= MAX_LINK_DENSITY) {
                continue;
            }
            Element parent = piece.owner().parent();
            if (parent != null) {
                prose.merge(parent, (double) piece.text().length(), Double::sum);
                if (parent.parent() != null) {
                    prose.merge(parent.parent(), piece.text().length() / 2.0, Double::sum);
                }
            }
        }
        return prose.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .filter(container ->
                        container != body && body.parents().stream().noneMatch(container::equals))
                .orElse(null);
    }
}
