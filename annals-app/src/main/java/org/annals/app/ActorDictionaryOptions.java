package org.annals.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The {@code --actors FILE} option shared by the commands that analyse: user actor dictionaries for the actors
 * stage (docs/knowledge-base.md). Without it the commands share the process's standard engine.
 */
final class ActorDictionaryOptions {
    @Option(
            names = "--actors",
            paramLabel = "FILE",
            description = "An actor dictionary (Annals TSV or CAMEO/PETRARCH format, see docs/knowledge-base.md)"
                    + " whose names the actors stage finds; repeatable.")
    List<Path> files = new ArrayList<>();

    /**
     * The engine for these dictionaries, built now so that a bad file fails before any input is read; the shared
     * standard engine when there are none.
     */
    Supplier<AnnalsEngine> engine() {
        if (files.isEmpty()) {
            return Engines::shared;
        }
        AnnalsEngine engine = Engines.withDictionaries(AnnalsEngine.STANDARD_STAGES, files);
        return () -> engine;
    }

    /** The record of these dictionaries, which a command that stores its analyses keeps in the store. */
    DictionaryRecord record() {
        return DictionaryRecord.of(files);
    }
}
