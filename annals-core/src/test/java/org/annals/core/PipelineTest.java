package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private record FakeStage(String name, Set<Layer> requires, Set<Layer> produces, boolean fails) implements Stage {
        @Override
        public Document apply(Document document) {
            if (fails) {
                throw new IllegalStateException("cannot read this");
            }
            return document.withBlocks(
                    List.of(new Block(new Span(0, document.text().length()), BlockKind.BODY, "")));
        }
    }

    private record FakeFactory(String name, Set<Layer> produces) implements StageFactory {
        @Override
        public Stage create(Map<String, String> options) {
            return new FakeStage(name, Set.of(), produces, false);
        }
    }

    private static final StageRegistry REGISTRY = StageRegistry.of(List.of(
            new FakeFactory("boilerplate", Set.of(Layer.BLOCKS)), new FakeFactory("corenlp", Set.of(Layer.TOKENS))));

    private static Document doc() {
        return Document.of("d1", new Provenance("test", "text", "", ""), Metadata.EMPTY, "Hello world.");
    }

    @Test
    void missingLayerNamesTheStageAndItsProvider() {
        Stage events = new FakeStage("events", Set.of(Layer.TOKENS), Set.of(Layer.EVENTS), false);
        PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.of(List.of(events), REGISTRY));
        assertEquals(
                "stage 'events' requires layer TOKENS, which no earlier stage produces; add 'corenlp' before it",
                e.getMessage());
    }

    @Test
    void orderedStagesThatProvideEachOtherBuild() {
        Stage blocks = new FakeStage("boilerplate", Set.of(Layer.TEXT), Set.of(Layer.BLOCKS), false);
        Stage reader = new FakeStage("reader", Set.of(Layer.BLOCKS), Set.of(), false);
        Document out = Pipeline.of(List.of(blocks, reader), REGISTRY).apply(doc());
        assertTrue(out.has(Layer.BLOCKS));
        assertEquals(1, out.blocks().size());
    }

    @Test
    void failingStageRecordsAProblemInsteadOfThrowing() {
        Stage broken = new FakeStage("broken", Set.of(), Set.of(Layer.BLOCKS), true);
        Document out = Pipeline.of(List.of(broken), REGISTRY).apply(doc());
        assertEquals(List.of(new Problem("broken", "IllegalStateException: cannot read this")), out.problems());
        assertTrue(out.blocks().isEmpty());
    }

    @Test
    void aStopConditionEndsTheRunBeforeTheStageItNames() {
        Stage blocks = new FakeStage("boilerplate", Set.of(Layer.TEXT), Set.of(Layer.BLOCKS), false);
        Stage broken = new FakeStage("corenlp", Set.of(), Set.of(Layer.TOKENS), true);
        Document out = Pipeline.of(List.of(blocks, broken), REGISTRY)
                .apply(doc(), (stage, current) -> stage.name().equals("corenlp"));
        assertTrue(out.has(Layer.BLOCKS));
        assertTrue(out.problems().isEmpty(), "the stopped stage never ran: " + out.problems());
    }

    @Test
    void unknownStageNameListsTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> REGISTRY.create("parser", Map.of()));
        assertEquals("unknown stage 'parser'; valid stages: boilerplate, corenlp", e.getMessage());
    }

    @Test
    void unknownOptionIsAConfigurationError() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> REGISTRY.create("corenlp", Map.of("threads", "2")));
        assertEquals("stage 'corenlp' has no option 'threads'; valid options: none", e.getMessage());
    }

    @Test
    void spanRejectsReversedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
        assertEquals("world", new Span(6, 11).of("Hello world."));
    }
}
