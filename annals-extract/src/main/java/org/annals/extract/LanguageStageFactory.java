package org.annals.extract;

import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Creates the {@code language} stage; it takes no options. */
public final class LanguageStageFactory implements StageFactory {
    @Override
    public String name() {
        return LanguageStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.METADATA);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new LanguageStage();
    }
}
