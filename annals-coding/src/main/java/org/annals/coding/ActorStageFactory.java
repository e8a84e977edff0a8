package org.annals.coding;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Creates the "actors" stage; it takes no options. */
public final class ActorStageFactory implements StageFactory {
    @Override
    public String name() {
        return ActorStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ACTORS, Layer.MENTIONS);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new ActorStage();
    }
}
