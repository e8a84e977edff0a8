package org.annals.coding;

import java.util.EnumSet;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Problem;
import org.annals.core.Stage;

/**
 * Resolves mentions to canonical actors: countries by ISO3, governments ({@code RUS.GOV}), IGOs ({@code IGO.SCO}),
 * regions ({@code REG.WEST}), persons ({@code person:vladimir-putin}) and organisations ({@code org:gazprom},
 * {@code org:CHN:national-oil-company}). Only tokens in article blocks are read.
 */
public final class ActorStage implements Stage {
    public static final String NAME = "actors";

    private final KnowledgeBase kb;

    public ActorStage() {
        this(KnowledgeBase.standard());
    }

    public ActorStage(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.NER, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ACTORS, Layer.MENTIONS);
    }

    @Override
    public Document apply(Document document) {
        if (document.tokens().isEmpty()) {
            return document.withActors(java.util.List.of(), document.mentions())
                    .withProblem(new Problem(NAME, "no tokens to resolve actors in"));
        }
        return new ActorResolver(kb, document).resolve();
    }
}
