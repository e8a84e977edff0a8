package org.annals.coding.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One annotated event. {@code granularity} is {@code day}, {@code month}, {@code year} or {@code unresolved};
 * {@code modality} one of the ontology's lower-case values; {@code evidence} the sentences that state it, main first;
 * {@code contexts} the domains it belongs to (lower case, possibly none).
 */
public record GoldEvent(
        String type,
        List<EvalActor> sources,
        List<EvalActor> targets,
        String date,
        String granularity,
        String modality,
        List<String> evidence,
        String trigger,
        List<String> contexts) {
    public GoldEvent {
        type = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        sources = List.copyOf(sources == null ? List.of() : sources);
        targets = List.copyOf(targets == null ? List.of() : targets);
        date = date == null ? "" : date.strip();
        granularity = granularity == null || granularity.isBlank()
                ? "unresolved"
                : granularity.strip().toLowerCase(Locale.ROOT);
        modality = modality == null ? "" : modality.strip().toLowerCase(Locale.ROOT);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        trigger = trigger == null ? "" : trigger;
        contexts = Contexts.normalised(contexts);
    }

    /** An event annotated without contexts. */
    public GoldEvent(
            String type,
            List<EvalActor> sources,
            List<EvalActor> targets,
            String date,
            String granularity,
            String modality,
            List<String> evidence,
            String trigger) {
        this(type, sources, targets, date, granularity, modality, evidence, trigger, List.of());
    }

    /**
     * The guidelines list every participant of a symmetric event (meeting, agreement, clash) both as source and as
     * target; an event whose source and target lists name the same two or more actors is such an event.
     */
    public boolean symmetric() {
        return sources.size() >= 2 && keys(sources).equals(keys(targets));
    }

    private static Set<String> keys(List<EvalActor> actors) {
        Set<String> keys = new HashSet<>();
        actors.forEach(actor -> keys.add(actor.code() + "|" + actor.name().toLowerCase(Locale.ROOT)));
        return keys;
    }
}
