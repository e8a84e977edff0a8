package org.annals.extract;

import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Creates the {@code boilerplate} stage; it takes no options. */
public final class BoilerplateStageFactory implements StageFactory {
    @Override
    public String name() {
        return BoilerplateStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.BLOCKS);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new BoilerplateStage();
    }
}
