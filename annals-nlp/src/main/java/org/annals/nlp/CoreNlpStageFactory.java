package org.annals.nlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/** Registers {@link CoreNlpStage} under its name; it takes no options. */
public final class CoreNlpStageFactory implements StageFactory {
    @Override
    public String name() {
        return CoreNlpStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.NER, Layer.DEPENDENCIES);
    }

    @Override
    public Stage create(Map<String, String> options) {
        return new CoreNlpStage();
    }
}
