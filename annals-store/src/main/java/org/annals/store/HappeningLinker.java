package org.annals.store;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives each event a happening id: that of the closest matching earlier event (stored, or earlier in the same
 * list), else its own id, so a happening is named after its first reported mention. Only candidates of the same
 * type within {@link HappeningRule#DAY_WINDOW} days of the event's first day are ever looked at.
 */
final class HappeningLinker {
    private HappeningLinker() {}

    /** The events in order, each joined to its happening; {@code stored} supplies the earlier, linked events. */
    static List<LinkableEvent> link(List<LinkableEvent> events, HappeningCandidates stored) throws SQLException {
        LinkedEvents earlier = new LinkedEvents();
        List<LinkableEvent> linked = new ArrayList<>(events.size());
        for (LinkableEvent event : events) {
            LinkableEvent joined = event.joining(happeningOf(event, stored, earlier));
            earlier.add(joined);
            linked.add(joined);
        }
        return linked;
    }

    private static String happeningOf(LinkableEvent event, HappeningCandidates stored, LinkedEvents earlier)
            throws SQLException {
        if (!event.isDated()) {
            return event.id();
        }
        List<LinkableEvent> candidates = new ArrayList<>();
        candidates.addAll(stored.near(
                event.type(),
                event.start().minusDays(HappeningRule.DAY_WINDOW),
                event.start().plusDays(HappeningRule.DAY_WINDOW)));
        candidates.addAll(earlier.near(
                event.type(),
                event.start().minusDays(HappeningRule.DAY_WINDOW),
                event.start().plusDays(HappeningRule.DAY_WINDOW)));
        return closest(event, candidates).map(LinkableEvent::happeningId).orElse(event.id());
    }

    /**
     * The nearest matching candidate in time; among equally near ones the smallest happening id, so the choice is
     * reproducible. A happening one of whose mentions names another place is not joined, even through a mention
     * without a place.
     */
    private static Optional<LinkableEvent> closest(LinkableEvent event, List<LinkableEvent> candidates) {
        Set<String> elsewhere = candidates.stream()
                .filter(c -> !HappeningRule.samePlace(event, c))
                .map(LinkableEvent::happeningId)
                .collect(Collectors.toSet());
        return candidates.stream()
                .filter(c -> !c.happeningId().isEmpty() && !elsewhere.contains(c.happeningId()))
                .filter(c -> HappeningRule.sameHappening(event, c))
                .min(Comparator.<LinkableEvent>comparingLong(
                                c -> Math.abs(ChronoUnit.DAYS.between(event.start(), c.start())))
                        .thenComparing(LinkableEvent::happeningId));
    }
}
