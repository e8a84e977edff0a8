package org.annals.nlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Registers {@link TimeStage} under its name; it takes no options. */
public final class TimeStageFactory implements StageFactory {
    @Override
    public String name() {
        return TimeStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.TIMES);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new TimeStage();
    }
}
