package org.annals.nlp;

import org.annals.core.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and quotes of five Wikinews articles, picked for their many dates and quotes, against golden files. */
class WikinewsGoldenIT {
    @ParameterizedTest
    @ValueSource(
            strings = {"wn-dca08657f440", "wn-5cb418f50639", "wn-b650a139b43e", "wn-a0c3291623dc", "wn-e15fa680c57f"})
    void datesAndQuotesMatchGoldenFiles(String id) {
        Document article = AnalysedDocuments.analyse(
                TestDocuments.wikinews(java.util.List.of(id)).get(0));
        GoldenFiles.assertMatches("dates", id, GoldenFiles.dates(article));
        GoldenFiles.assertMatches("quotes", id, GoldenFiles.quotes(article));
    }
}
