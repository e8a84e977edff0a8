package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Linked events held in memory by type and first day: the events of the document being stored, or a backfill. */
final class LinkedEvents implements HappeningCandidates {
    private final Map<String, NavigableMap<LocalDate, List<LinkableEvent>>> byType = new HashMap<>();

    void add(LinkableEvent event) {
        if (event.isDated()) {
            byType.computeIfAbsent(event.type(), type -> new TreeMap<>())
                    .computeIfAbsent(event.start(), day -> new ArrayList<>())
                    .add(event);
        }
    }

    @Override
    public List<LinkableEvent> near(String type, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, List<LinkableEvent>> days = byType.get(type);
        List<LinkableEvent> found = new ArrayList<>();
        if (days != null) {
            days.subMap(from, true, to, true).values().forEach(found::addAll);
        }
        return found;
    }
}
