package org.annals.coding.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What agrees between one gold event and one system event, per the guidelines' matching rule. */
public record PairCheck(boolean type, boolean actors, boolean date, boolean sharedEvidence) {
    private static final Map<String, Integer> PREFIX_BY_GRANULARITY = Map.of("day", 10, "month", 7, "year", 4);

    public static PairCheck of(GoldEvent gold, SystemEvent system) {
        return new PairCheck(
                gold.type().equals(system.type()),
                actorsAgree(gold, system),
                dateAgrees(gold, system.date()),
                Evidence.shared(gold, system));
    }

    public boolean satisfies(Level level) {
        return switch (level) {
            case TYPE -> type;
            case ACTORS -> type && actors;
            case DATE -> type && actors && date;
        };
    }

    /** Greedy order, best first: type + actors + date, then type + actors, then the same sentence. */
    int priority() {
        return (actors && date ? 4 : 0) + (actors ? 2 : 0) + (sharedEvidence ? 1 : 0);
    }

    static boolean actorsAgree(GoldEvent gold, SystemEvent system) {
        if (gold.symmetric()) {
            List<EvalActor> participants = new ArrayList<>(system.sources());
            participants.addAll(system.targets());
            return ActorMatch.participantsMatch(gold.sources(), participants);
        }
        return ActorMatch.sideMatches(gold.sources(), system.sources())
                && ActorMatch.sideMatches(gold.targets(), system.targets());
    }

    /** Unresolved gold accepts any date; otherwise the system date must agree at the gold granularity. */
    static boolean dateAgrees(GoldEvent gold, String systemDate) {
        Integer length = PREFIX_BY_GRANULARITY.get(gold.granularity());
        if (length == null) {
            return true;
        }
        int prefix = Math.min(length, gold.date().length());
        return prefix > 0 && systemDate.length() >= prefix && systemDate.regionMatches(0, gold.date(), 0, prefix);
    }
}
