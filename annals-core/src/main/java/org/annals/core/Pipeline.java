package org.annals.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * An ordered chain of stages, checked when built: every layer a stage requires must be present in a fresh document
 * or produced by an earlier stage. Running it never throws for bad content: a stage that fails on a document leaves
 * a {@link Problem} on it and the document goes on without the later stages.
 */
public final class Pipeline {
    /** Layers every document has before any stage runs. */
    public static final Set<Layer> INITIAL = EnumSet.of(Layer.TEXT, Layer.METADATA);

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(List<Stage> stages) {
        return of(stages, StageRegistry.fromClassPath());
    }

    /** Builds and checks a pipeline; {@code registry} is used to name the stage that could provide a missing layer. */
    public static Pipeline of(List<Stage> stages, StageRegistry registry) {
        EnumSet<Layer> available = EnumSet.copyOf(INITIAL);
        for (Stage stage : stages) {
            for (Layer needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new PipelineException(missingLayerMessage(stage, needed, registry));
                }
            }
            available.addAll(stage.produces());
        }
        return new Pipeline(stages);
    }

    private static String missingLayerMessage(Stage stage, Layer needed, StageRegistry registry) {
        List<String> providers = registry.providersOf(needed);
        String fix = providers.isEmpty()
                ? "no known stage produces it"
                : "add "
                        + String.join(
                                " or ",
                                providers.stream().map(p -> "'" + p + "'").toList()) + " before it";
        return "stage '" + stage.name() + "' requires layer " + needed + ", which no earlier stage produces; " + fix;
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public Document apply(Document document) {
        return apply(document, (stage, current) -> false);
    }

    /**
     * Runs the stages in order until {@code stopBefore} says the next stage is not for this document (a language
     * the stage cannot read, say); the document then goes on with what it has.
     */
    public Document apply(Document document, BiPredicate<Stage, Document> stopBefore) {
        Document current = document;
        for (Stage stage : stages) {
            if (stopBefore.test(stage, current)) {
                return current;
            }
            try {
                current = stage.apply(current);
            } catch (RuntimeException e) {
                return current.withProblem(new Problem(stage.name(), describe(e)));
            }
        }
        return current;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    public Set<Layer> produces() {
        EnumSet<Layer> all = EnumSet.copyOf(INITIAL);
        stages.forEach(s -> all.addAll(s.produces()));
        return all;
    }

    /** Stages in order, for display. */
    @Override
    public String toString() {
        return new ArrayList<>(stageNames()).toString();
    }
}
