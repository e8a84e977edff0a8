package org.annals.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.core.BlockKind;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, aria-label and role say it is. Checked in this order because a box can carry several
 * hints ("newsletter-share") and the rarer, more specific ones should win.
 */
final class StructuralHints {
    private static final Map<BlockKind, GatedPattern> HINTS = hints();

    private StructuralHints() {}

    private static Map<BlockKind, GatedPattern> hints() {
        Map<BlockKind, GatedPattern> hints = new LinkedHashMap<>();
        hints.put(BlockKind.COOKIE, word("cookie|consent|gdpr"));
        hints.put(BlockKind.NEWSLETTER, word("newsletter|subscribe|subscription|signup|sign-up"));
        hints.put(BlockKind.APPEAL, word("donate|donation|support-us|membership|paywall|appeal"));
        hints.put(BlockKind.SHARE, word("share|sharing|social|sharebar"));
        hints.put(BlockKind.COMMENT, word("comment|comments|disqus"));
        hints.put(BlockKind.RELATED, word("related|recommended|more-stories|read-more|readmore|most-read|popular"));
        hints.put(BlockKind.NAVIGATION, word("nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination"));
        hints.put(BlockKind.BOILERPLATE, word("byline|author|timestamp|dateline|copyright|tags|pullquote|pull-quote"));
        return hints;
    }

    /** A hint must be a whole word of the attribute, with an optional plural or -s suffix. */
    private static GatedPattern word(String alternatives) {
        return GatedPattern.of(
                Pattern.compile("(?<![a-z])(" + alternatives + ")s?(?![a-z])"), alternatives.split("\\|"));
    }

    record Hint(BlockKind kind, String reason) {}

    static Optional<Hint> of(Element element) {
        if (element.attributesSize() == 0) {
            return Optional.empty();
        }
        String attributes = (element.className() + " " + element.id() + " " + element.attr("aria-label") + " "
                        + element.attr("role"))
                .toLowerCase(Locale.ROOT)
                .replace('_', '-');
        if (attributes.isBlank()) {
            return Optional.empty();
        }
        for (Map.Entry<BlockKind, GatedPattern> hint : HINTS.entrySet()) {
            Optional<String> found = hint.getValue().firstGroup(attributes);
            if (found.isPresent()) {
                return Optional.of(new Hint(hint.getKey(), "html:hint=" + found.get()));
            }
        }
        return Optional.empty();
    }
}
