package org.annals.nlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Registers {@link MentionStage} under its name; it takes no options. */
public final class MentionStageFactory implements StageFactory {
    @Override
    public String name() {
        return MentionStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new MentionStage();
    }
}
