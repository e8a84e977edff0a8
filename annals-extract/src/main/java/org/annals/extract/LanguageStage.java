package org.annals.extract;

import java.util.Set;
import java.util.stream.Collectors;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Provenance;
import org.annals.core.Stage;

/**
 * Sets the document's language from its article blocks (boilerplate left out, since an English cookie banner on a
 * Russian page says nothing of the article), unless the source already gave one. A language found here is recorded
 * as {@code language=detected} in the provenance's metadata sources. Stateless and safe to share.
 */
public final class LanguageStage implements Stage {
    public static final String NAME = "language";
    public static final String ORIGIN = "detected";

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.BLOCKS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.METADATA);
    }

    @Override
    public Document apply(Document document) {
        if (!document.metadata().language().isEmpty()) {
            return document;
        }
        String article = document.articleBlocks().stream()
                .map(block -> document.textOf(block.span()))
                .collect(Collectors.joining("\n"));
        String language = identifier.identify(article);
        if (language.isEmpty()) {
            return document;
        }
        Provenance given = document.provenance();
        String sources = given.metadataSources().isEmpty()
                ? NAME + "=" + ORIGIN
                : given.metadataSources() + "," + NAME + "=" + ORIGIN;
        Document withLanguage = document.withMetadata(document.metadata().withLanguage(language));
        return new Document(
                withLanguage.id(),
                new Provenance(given.source(), given.format(), given.contentHash(), sources),
                withLanguage.metadata(),
                withLanguage.text(),
                withLanguage.layers(),
                withLanguage.blocks(),
                withLanguage.sentences(),
                withLanguage.tokens(),
                withLanguage.mentions(),
                withLanguage.actors(),
                withLanguage.times(),
                withLanguage.quantities(),
                withLanguage.quotes(),
                withLanguage.events(),
                withLanguage.problems());
    }
}
