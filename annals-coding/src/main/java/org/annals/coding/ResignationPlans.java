package org.annals.coding;

import java.util.List;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Modality;

/**
 * "announced his resignation effective next Wednesday", "want him to resign", "is to step down today": a resignation
 * told as planned, wished or conditional has not been made, and the guidelines code a resignation as a concession
 * (CONCEDE/resign) when it is made under pressure; asking for it is a request, which its own verb codes. No gold
 * record of the labelled sets is a resignation in the future or hypothetical, and every one the coder gave was
 * wrong, so such an event is dropped. A refusal to resign (negated) is kept, as the guidelines code acts said not
 * to have happened.
 */
final class ResignationPlans {
    /** The mode of a resignation in verbs.tsv and nouns.tsv. */
    static final String RESIGN = "resign";

    private static final Set<Modality> NOT_YET_MADE = Set.of(Modality.FUTURE, Modality.HYPOTHETICAL);

    /** The events without resignations that are only planned, wished or conditional. */
    List<Event> without(List<Event> events) {
        return events.stream().filter(event -> !planned(event)).toList();
    }

    static boolean planned(Event event) {
        return event.type().equals("CONCEDE") && event.mode().equals(RESIGN) && NOT_YET_MADE.contains(event.modality());
    }
}
