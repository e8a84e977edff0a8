package org.annals.coding;

import org.annals.core.Event;
import org.annals.core.Modality;

/**
 * Joins a further telling into the event it retells, and gives the event the date its telling reads in the text
 * when its own sentence gave none: "Putin defended Russia's invasion" told undated and "the invasion in 2022" told
 * later are one happening of 2022. A date the coder took from publication because the text gave none is no date
 * read in the text, on either side.
 */
final class TellingDates {
    private TellingDates() {}

    /** {@code first} with {@code retelling} as a further telling, dated by it when only the retelling is dated. */
    static Event joined(Event first, Event retelling) {
        Event joined = first.withTellingsOf(retelling);
        if (toldDate(first) || !toldDate(retelling)) {
            return joined;
        }
        return joined.withDate(
                retelling.date(),
                retelling.dateGranularity(),
                modality(first.modality(), retelling.modality()),
                retelling.confidence());
    }

    /** Whether the event's date was read in its text, not taken from publication. */
    static boolean toldDate(Event event) {
        return !event.date().isEmpty() && event.confidence() > EventDater.PUBLISHED_CONFIDENCE;
    }

    // A happening told as news in one sentence and dated to an earlier year in another is background: the date says
    // so, as it does when an event's own sentence names the earlier year.
    private static Modality modality(Modality own, Modality retold) {
        return own == Modality.ASSERTED && retold == Modality.HISTORICAL ? Modality.HISTORICAL : own;
    }
}
