package org.annals.coding;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Event;

/**
 * One sentence often tells a meeting twice: "Carter met with al-Abadi in Baghdad, where the two leaders discussed the
 * campaign" is one meeting, first told from its visitor's side and then as the two participants' talk. A CONSULT
 * event whose participants (sources and targets together) are those of a CONSULT event coded before on the same
 * sentence, with the same modality and a date that does not disagree, is that meeting again. Meetings of other
 * participants stay apart, and so does a meeting told as still to come beside one held ("spoke by phone and will
 * meet in June").
 */
final class SameMeetings {
    private static final String CONSULT = "CONSULT";

    private SameMeetings() {}

    /** Whether the event tells again a meeting of the same participants coded before on its sentence. */
    static boolean toldBefore(Collection<List<Event>> coded, Event event) {
        if (!event.type().equals(CONSULT)) {
            return false;
        }
        Set<String> participants = participants(event);
        return coded.stream()
                .flatMap(List::stream)
                .anyMatch(earlier -> earlier.type().equals(CONSULT)
                        && earlier.evidence().equals(event.evidence())
                        && earlier.modality() == event.modality()
                        && EventCoder.sameHappening(earlier, event)
                        && participants(earlier).equals(participants));
    }

    private static Set<String> participants(Event event) {
        Set<String> all = new HashSet<>(event.sourceIds());
        all.addAll(event.targetIds());
        return all;
    }
}
