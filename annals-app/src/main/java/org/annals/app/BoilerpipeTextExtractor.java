package org.annals.app;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.annals.extract.eval.TextExtractor;

/** boilerpipe 1.1.0's ArticleExtractor, the benchmark's JVM peer; its default parser is nekohtml. */
final class BoilerpipeTextExtractor implements TextExtractor {
    @Override
    public String extract(String html) throws Exception {
        return ArticleExtractor.getInstance().getText(html);
    }
}
