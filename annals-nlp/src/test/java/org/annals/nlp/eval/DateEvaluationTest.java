package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

class DateEvaluationTest {
    // Title, dateline, then "It shipped on Monday for two weeks ." and "Sales rose in 2007 ."
    private static final String TEXT =
            "Apple ships\nMarch 06 , 2008\nIt shipped on Monday for two weeks .\nSales rose in 2007 .";
    private static final String LINE = "{\"id\":\"d1\",\"date\":\"2008-03-06\",\"title\":\"Apple ships\",\"text\":\""
            + TEXT.replace("\n", "\\n") + "\",\"mentions\":["
            + timex(12, 27, "DATE", "2008-03-06", "NONE")
            + "," + timex(42, 48, "DATE", "2008-03-03", "NONE")
            + "," + timex(53, 62, "DURATION", "P2W", "NONE")
            + "," + timex(79, 83, "DATE", "2007", "CREATION_TIME")
            + ",{\"kind\":\"ENTITY_MENTION\",\"start\":0,\"end\":5}]}";

    private static String timex(int start, int end, String type, String value, String function) {
        return String.format(
                java.util.Locale.ROOT,
                "{\"kind\":\"TIMEX3\",\"start\":%d,\"end\":%d,\"type\":\"%s\",\"value\":\"%s\",\"functionInDocument\":\"%s\"}",
                start,
                end,
                type,
                value,
                function);
    }

    private static DateResolver fixed(PredictedTime... predictions) {
        return new DateResolver() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public List<PredictedTime> resolve(Document document) {
                return List.of(predictions);
            }
        };
    }

    @Test
    void titleAndDatelineAreBoilerplateAndTheirGoldIsNotScored() {
        GoldDocument parsed = MeantimeCorpus.parse(LINE);
        Document document = parsed.document();
        assertEquals(LocalDate.of(2008, 3, 6), document.metadata().published());
        assertEquals(
                List.of(BlockKind.BOILERPLATE, BlockKind.BOILERPLATE, BlockKind.BODY, BlockKind.BODY),
                document.blocks().stream().map(b -> b.kind()).toList());
        assertEquals(2, document.articleBlocks().size());
        // The dateline's gold and the one marked CREATION_TIME are left out; "Monday" and "two weeks" stay.
        assertEquals(
                List.of("Monday", "two weeks"),
                parsed.gold().stream().map(g -> document.textOf(g.span())).toList());
    }

    @Test
    void overlapMatchesExtentAndTheBestOverlapCarriesTheValue() {
        List<GoldDocument> corpus = List.of(MeantimeCorpus.parse(LINE));
        DateEvaluation.Report report = DateEvaluation.evaluate(
                corpus,
                fixed(
                        new PredictedTime(new Span(39, 48), "2008-03-03"), // "on Monday": overlaps, right value
                        new PredictedTime(new Span(57, 62), "P14D"), // "weeks": overlaps, value differs
                        new PredictedTime(new Span(79, 83), "2007"))); // overlaps no scored gold
        assertEquals(2, report.gold());
        assertEquals(3, report.predicted());
        assertEquals(2.0 / 3, report.precision(), 1e-9);
        assertEquals(1.0, report.recall(), 1e-9);
        assertEquals(0.8, report.f1(), 1e-9);
        assertEquals(0.5, report.matchedValueAccuracy(), 1e-9);
        assertEquals(0.5, report.strictValueAccuracy(), 1e-9);
        assertEquals("2007", report.spurious().get(0).text());
        assertEquals(
                "It shipped on Monday for two weeks .", report.outcomes().get(0).context());
    }

    @Test
    void missedGoldCountsAgainstStrictAccuracyOnly() {
        DateEvaluation.Report report = DateEvaluation.evaluate(
                List.of(MeantimeCorpus.parse(LINE)), fixed(new PredictedTime(new Span(42, 48), "2008-03-03T00:00")));
        assertEquals(0.5, report.recall(), 1e-9);
        assertEquals(1.0, report.matchedValueAccuracy(), 1e-9);
        assertEquals(0.5, report.strictValueAccuracy(), 1e-9);
        assertFalse(report.outcomes().get(1).predicted().isPresent());
    }

    @Test
    void predictionsAfterTheFullyAnnotatedSentencesAreNotScored() {
        String text = "T\\nD\\nOne .\\nTwo .\\nThree .\\nFour .\\nIn 2007 .";
        GoldDocument parsed = MeantimeCorpus.parse(
                "{\"id\":\"d2\",\"date\":\"2008-03-06\",\"text\":\"" + text + "\",\"mentions\":[]}");
        assertEquals("One .\nTwo .\nThree .\nFour .", parsed.document().textOf(parsed.scored()));
        int year = parsed.document().text().indexOf("2007");
        DateEvaluation.Report report =
                DateEvaluation.evaluate(List.of(parsed), fixed(new PredictedTime(new Span(year, year + 4), "2007")));
        assertEquals(0, report.predicted());
        assertTrue(report.spurious().isEmpty());
    }

    @Test
    void normalisationForgivesOnlyCaseSpaceAndMidnight() {
        assertTrue(TimexValues.same("2008-03-06T00:00", "2008-03-06"));
        assertTrue(TimexValues.same(" 2008-01-09tmo", "2008-01-09TMO"));
        assertFalse(TimexValues.same("2008", "2008-03"));
        assertFalse(TimexValues.same("P1Y", "P12M"));
        assertFalse(TimexValues.same("2008-03-06T10:00", "2008-03-06"));
    }

    @Test
    void changedValuesCountsDifferentAndMissingPredictions() {
        PredictedTime monday = new PredictedTime(new Span(0, 6), "2008-03-03");
        Map<String, List<PredictedTime>> first = Map.of("a", List.of(monday), "b", List.of());
        assertEquals(0, DateEvaluation.changedValues(first, first));
        Map<String, List<PredictedTime>> shifted =
                Map.of("a", List.of(new PredictedTime(new Span(0, 6), "2008-03-10")), "b", List.of(monday));
        assertEquals(2, DateEvaluation.changedValues(first, shifted));
    }

    @Test
    void repositoryCorpusHasThirtyDatedDocumentsAndSeventyNineScoredTimes() {
        List<GoldDocument> corpus = MeantimeCorpus.read(Path.of("..", "eval", "meantime-apple", "docs.jsonl"));
        assertEquals(30, corpus.size());
        assertTrue(corpus.stream()
                .allMatch(d -> d.document().metadata().publishedDate().isPresent()));
        assertEquals(79, corpus.stream().mapToInt(d -> d.gold().size()).sum());
        for (GoldDocument document : corpus) {
            for (GoldTime time : document.gold()) {
                assertEquals(
                        time.text(),
                        document.document().textOf(time.span()),
                        document.document().id());
            }
        }
    }
}
