package org.annals.store;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * When two events are mentions of the same real-world happening (see docs/store.md, "Happenings"): the same type;
 * both dated, one-day dates at most {@link #DAY_WINDOW} days apart (time zones and datelines shift a day) and
 * coarser dates (week, month, year) covering exactly the same period; the same source and target actors after
 * {@link LinkableEvent#actorKey folding}, with at least one actor; the same place when both name one; and the same
 * {@link #sameModality modality}: a meeting that did not take place, or is only planned, is not the meeting held.
 */
final class HappeningRule {
    /** How many days apart two one-day dates of the same happening may be. */
    static final int DAY_WINDOW = 1;

    private HappeningRule() {}

    static boolean sameHappening(LinkableEvent a, LinkableEvent b) {
        return a.type().equals(b.type()) && sameModality(a, b) && sameTime(a, b) && sameActors(a, b) && samePlace(a, b);
    }

    /**
     * Reports of what happened (ASSERTED, and HISTORICAL, which is the same told as background) go together; a
     * NEGATED, FUTURE or HYPOTHETICAL report goes only with reports of the same modality.
     */
    static boolean sameModality(LinkableEvent a, LinkableEvent b) {
        return reality(a.modality()).equals(reality(b.modality()));
    }

    private static String reality(String modality) {
        return modality.equals("HISTORICAL") ? "ASSERTED" : modality;
    }

    static boolean sameTime(LinkableEvent a, LinkableEvent b) {
        if (!a.isDated() || !b.isDated()) {
            return false;
        }
        if (a.isOneDay() && b.isOneDay()) {
            return Math.abs(ChronoUnit.DAYS.between(a.start(), b.start())) <= DAY_WINDOW;
        }
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    /**
     * Sources match sources and targets match targets; a symmetric event ("A and B met", coded with both actors on
     * both sides) matches any event among the same participants, because another report may code it A → B.
     */
    static boolean sameActors(LinkableEvent a, LinkableEvent b) {
        Set<String> participantsA = participants(a);
        if (participantsA.isEmpty()) {
            return false;
        }
        if (a.sources().equals(b.sources()) && a.targets().equals(b.targets())) {
            return true;
        }
        return (isSymmetric(a) || isSymmetric(b)) && participantsA.equals(participants(b));
    }

    static boolean samePlace(LinkableEvent a, LinkableEvent b) {
        return a.place().isEmpty() || b.place().isEmpty() || a.place().equals(b.place());
    }

    private static boolean isSymmetric(LinkableEvent e) {
        return !e.sources().isEmpty() && e.sources().equals(e.targets());
    }

    private static Set<String> participants(LinkableEvent e) {
        Set<String> all = new HashSet<>(e.sources());
        all.addAll(e.targets());
        return all;
    }
}
