package org.annals.extract.eval;

import java.util.stream.Collectors;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.BoilerplateStage;
import org.annals.extract.Extraction;

/**
 * Annals as the benchmark sees it: {@link ArticleExtractor} then {@link BoilerplateStage}; the output is the BODY
 * blocks, one paragraph each. TITLE blocks are left out because the gold leaves the headline out.
 */
public final class AnnalsTextExtractor implements TextExtractor {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final BoilerplateStage boilerplate = new BoilerplateStage();

    @Override
    public String extract(String html) {
        Extraction extraction = extractor.extract(ArticleExtractor.HTML, html, Metadata.EMPTY);
        Document document = Document.of(
                        "bench", new Provenance("bench", "html", "", ""), extraction.metadata(), extraction.text())
                .withBlocks(extraction.blocks());
        Document classified = boilerplate.apply(document);
        return classified.blocks().stream()
                .filter(block -> block.kind() == BlockKind.BODY)
                .map(block -> classified.textOf(block.span()))
                .collect(Collectors.joining("\n\n"));
    }
}
