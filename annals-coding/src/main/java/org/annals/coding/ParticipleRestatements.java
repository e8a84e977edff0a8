package org.annals.coding;

import java.util.List;
import org.annals.core.Event;

/**
 * "The campaign criticized Trump's refusal to debate, accusing the president of ...", "Trump attacked Biden for his
 * wealth, accusing the Biden family of ...": a participle set off after a clause that tells an act of the same type
 * between the same actors says what that act said; it is one happening, told once. Only the participle routes of
 * {@link Arguments} count, so two finite verbs ("sued X and accused X of fraud") stay two tellings.
 */
final class ParticipleRestatements {
    private static final List<String> PARTICIPLE_ROUTES = List.of("/dep-controller", "/advcl-controller");

    private ParticipleRestatements() {}

    /** Whether one of two events of the same type and actors restates the other in its own sentence. */
    static boolean restates(Event first, Event second) {
        return first.evidence().equals(second.evidence()) && (participle(first) || participle(second));
    }

    private static boolean participle(Event event) {
        return PARTICIPLE_ROUTES.stream().anyMatch(route -> event.rule().contains(route));
    }
}
