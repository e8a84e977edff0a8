package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Opt-in (-Dannals.report=true): the stock CoreNLP pipeline with coref and quote attribution, run on the seed. */
@EnabledIfSystemProperty(named = "annals.report", matches = "true")
class BaselineReportIT {
    @Test
    void baselineRunsOnTheSeed() throws IOException {
        String text = TestDocuments.seed().text();
        long start = System.nanoTime();
        BaselineCoreNlp baseline = new BaselineCoreNlp();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        BaselineCoreNlp.Result result = baseline.analyse(text);
        double runSeconds = (System.nanoTime() - start) / 1e9;
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "load %.1f s, analyse %.1f s, tokens=%d sentences=%d entityMentions=%d%ntimes=%s%n",
                loadSeconds,
                runSeconds,
                result.tokens(),
                result.sentences(),
                result.entityMentions(),
                result.timeValues()));
        for (BaselineCoreNlp.BaselineQuote quote : result.quotes()) {
            report.append(quote.text().replaceAll("\\s+", " "))
                    .append(" | speaker=")
                    .append(quote.speaker())
                    .append('\n');
        }
        WikinewsDatesReportIT.write("baseline-seed.txt", report.toString());
        assertTrue(result.tokens() > 300);
    }
}
