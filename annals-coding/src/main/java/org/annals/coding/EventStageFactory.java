package org.annals.coding;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Creates the "events" stage; it takes no options. */
public final class EventStageFactory implements StageFactory {
    @Override
    public String name() {
        return EventStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new EventStage();
    }
}
