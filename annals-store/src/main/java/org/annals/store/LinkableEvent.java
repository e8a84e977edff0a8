package org.annals.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What decides whether two stored events report the same happening: type, covered days, actors, place and modality
 * (ASSERTED, NEGATED, ...), with
 * actor and place ids folded by {@link #actorKey} so that a country and its government count as one.
 * {@code start}/{@code end} are null for an undated event; {@code happeningId} is empty until the event is linked.
 */
record LinkableEvent(
        String id,
        String type,
        LocalDate start,
        LocalDate end,
        Set<String> sources,
        Set<String> targets,
        String place,
        String modality,
        String happeningId) {
    private static final String GOVERNMENT_SUFFIX = ".GOV";

    LinkableEvent {
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
        modality = modality == null ? "" : modality;
        happeningId = happeningId == null ? "" : happeningId;
    }

    static LinkableEvent of(
            String id,
            String type,
            LocalDate start,
            LocalDate end,
            Collection<String> sourceIds,
            Collection<String> targetIds,
            String place,
            String placeId,
            String modality) {
        return new LinkableEvent(
                id, type, start, end, folded(sourceIds), folded(targetIds), placeKey(place, placeId), modality, "");
    }

    LinkableEvent joining(String happening) {
        return new LinkableEvent(id, type, start, end, sources, targets, place, modality, happening);
    }

    boolean isDated() {
        return start != null && end != null;
    }

    boolean isOneDay() {
        return isDated() && start.equals(end);
    }

    /**
     * An actor id as compared across articles: {@code RUS.GOV} (a government) becomes {@code RUS} (its country),
     * because reports name the state and its government interchangeably ("Russia said", "Moscow said", "the
     * Russian government said"). Persons, organisations and other ids stay as they are.
     */
    static String actorKey(String actorId) {
        String id = actorId == null ? "" : actorId.strip();
        if (id.endsWith(GOVERNMENT_SUFFIX) && id.indexOf('.') == id.length() - GOVERNMENT_SUFFIX.length()) {
            return id.substring(0, id.length() - GOVERNMENT_SUFFIX.length());
        }
        return id;
    }

    private static Set<String> folded(Collection<String> ids) {
        Set<String> keys = new TreeSet<>();
        for (String id : ids) {
            String key = actorKey(id);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The place id when resolved (folded like actors), else the lower-cased name; empty when the event has none. */
    private static String placeKey(String place, String placeId) {
        String id = actorKey(placeId);
        if (!id.isEmpty()) {
            return id;
        }
        return place == null ? "" : place.strip().toLowerCase(Locale.ROOT);
    }
}
