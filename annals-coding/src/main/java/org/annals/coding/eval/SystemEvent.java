package org.annals.coding.eval;

import java.util.List;
import java.util.Locale;

/**
 * One event as the coder produced it: {@code date} an ISO value or empty, {@code modality} lower case,
 * {@code evidence} the text of its sentence, {@code fromBoilerplate} true when that sentence lies outside the article
 * blocks; {@code contexts} the domains the coder gave it; {@code rule} the lexicon entry, pattern and participant
 * routes that produced it (empty when unknown), so that errors can be counted per rule.
 */
public record SystemEvent(
        String id,
        String type,
        List<EvalActor> sources,
        List<EvalActor> targets,
        String date,
        String modality,
        String evidence,
        String trigger,
        boolean fromBoilerplate,
        List<String> contexts,
        String rule) {
    public SystemEvent {
        id = id == null ? "" : id;
        type = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        sources = List.copyOf(sources == null ? List.of() : sources);
        targets = List.copyOf(targets == null ? List.of() : targets);
        date = date == null ? "" : date.strip();
        modality = modality == null ? "" : modality.strip().toLowerCase(Locale.ROOT);
        evidence = evidence == null ? "" : evidence;
        trigger = trigger == null ? "" : trigger;
        contexts = Contexts.normalised(contexts);
        rule = rule == null ? "" : rule;
    }

    /** An event coded without contexts. */
    public SystemEvent(
            String id,
            String type,
            List<EvalActor> sources,
            List<EvalActor> targets,
            String date,
            String modality,
            String evidence,
            String trigger,
            boolean fromBoilerplate) {
        this(id, type, sources, targets, date, modality, evidence, trigger, fromBoilerplate, List.of(), "");
    }
}
