package org.annals.nlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Registers {@link QuantityStage} under its name; it takes no options. */
public final class QuantityStageFactory implements StageFactory {
    @Override
    public String name() {
        return QuantityStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.QUANTITIES);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new QuantityStage();
    }
}
