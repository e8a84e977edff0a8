package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.ingest.SourceRecord;
import org.annals.nlp.eval.CoreNlpQuoteBaseline;
import org.annals.nlp.eval.QuoteGold;
import org.annals.nlp.eval.QuoteScorer;
import org.annals.nlp.eval.ScoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Quote detection and speaker attribution on a quote gold set, Annals against CoreNLP's quote annotator. */
@Command(
        name = "quotes",
        description = "Quotes: detection and speaker attribution P/R/F1, Annals vs CoreNLP QuoteAnnotator.")
final class EvalQuotesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--gold",
            description = "Quote gold JSON Lines (default: eval/quotes-gold/quotes.jsonl); texts from the Wikinews"
                    + " articles or the corpus file an article's 'texts' field names.")
    Path gold;

    @Option(
            names = "--articles",
            description =
                    "Wikinews articles for gold lines without 'texts' (default: examples/wikinews/wikinews.jsonl).")
    Path articles;

    @Option(names = "--no-baseline", description = "Score Annals only (the baseline loads coreference models).")
    boolean noBaseline;

    @Option(names = "--errors", description = "How many speaker errors of each system to list (default: 0).")
    int errors;

    @Option(
            names = "--split",
            description = "Gold articles to score: dev (first 28), test (last 12) or all (default: all).")
    String split = "all";

    @Option(names = "--details", description = "Write Annals' per-article misses and speaker errors to FILE.")
    Path details;

    @Override
    public Integer call() {
        QuoteGoldSplit chosenSplit = split();
        Path goldFile = gold != null
                ? gold
                : Path.of(System.getProperty("annals.home", "."), "eval", "quotes-gold", "quotes.jsonl");
        if (!Files.isRegularFile(goldFile)) {
            throw new UserException("quote gold " + goldFile + " not found; pass --gold FILE");
        }
        Map<String, List<ScoredQuote>> goldByDocument = chosenSplit.of(QuoteGold.read(goldFile));
        Map<String, SourceRecord> records = QuoteGoldTexts.read(
                Path.of(System.getProperty("annals.home", ".")),
                goldFile,
                articles != null ? articles : WikinewsArticles.defaultFile(),
                goldByDocument.keySet());
        List<ScoredQuote> goldQuotes =
                goldByDocument.values().stream().flatMap(List::stream).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Gold: " + goldFile + " (" + records.size() + " articles, " + goldQuotes.size() + " quotes, split "
                + chosenSplit.label() + "; scoring: docs/quote-annotation.md)");
        AnnalsEngine engine = EvalEngine.standard();
        List<ScoredQuote> annals = new ArrayList<>();
        long start = System.nanoTime();
        records.forEach((id, record) -> annals.addAll(annalsQuotes(id, EvalEngine.analyse(engine, record))));
        QuoteScorer.Result annalsResult = QuoteScorer.score(goldQuotes, annals, true);
        print(out, "annals", annalsResult, seconds(start));
        if (details != null) {
            QuoteDetails.write(details, "annals", records.keySet(), annalsResult);
        }
        if (!noBaseline) {
            start = System.nanoTime();
            CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
            List<ScoredQuote> corenlp = new ArrayList<>();
            records.forEach((id, record) -> corenlp.addAll(baseline.quotes(org.annals.core.Document.of(
                    id, new org.annals.core.Provenance(id, "text", "", ""), record.metadata(), record.content()))));
            print(out, "corenlp", QuoteScorer.score(goldQuotes, corenlp, false), seconds(start));
        }
        return Main.OK;
    }

    private QuoteGoldSplit split() {
        try {
            return QuoteGoldSplit.valueOf(split.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("unknown --split " + split + "; valid: dev, test, all");
        }
    }

    static List<ScoredQuote> annalsQuotes(String documentId, Document document) {
        Map<String, Actor> actors = new java.util.HashMap<>();
        document.actors().forEach(a -> actors.put(a.id(), a));
        List<ScoredQuote> quotes = new ArrayList<>();
        for (Quote quote : document.quotes()) {
            quotes.add(ScoredQuote.system(
                    documentId,
                    quote.kind(),
                    quote.span(),
                    quote.text(),
                    quote.speakerId(),
                    speakerName(quote, actors, document)));
        }
        return quotes;
    }

    private static String speakerName(Quote quote, Map<String, Actor> actors, Document document) {
        Actor actor = actors.get(quote.speakerId());
        // A group has no name of its own; the article's description of it is the name a reader compares.
        boolean described = actor != null && actor.kind() == ActorKind.GROUP && quote.speakerSpan() != null;
        if (actor != null && !actor.name().isEmpty() && !described) {
            return actor.name();
        }
        return quote.speakerSpan() == null ? "" : document.textOf(quote.speakerSpan());
    }

    private void print(PrintWriter out, String system, QuoteScorer.Result result, double seconds) {
        out.println();
        out.printf(Locale.ROOT, "== %s (%.0f s)%n", system, seconds);
        out.println("                      PRECISION          RECALL             F1");
        out.println("detection, all        " + result.detection().format());
        result.detectionByGroup()
                .forEach((group, prf) -> out.println(String.format(
                                Locale.ROOT, "detection, %-10s ", group.name().toLowerCase(Locale.ROOT))
                        + prf.format()));
        out.println("speaker, all          " + result.attribution().format());
        result.attributionByGroup()
                .forEach((group, prf) -> out.println(String.format(
                                Locale.ROOT, "speaker, %-12s", group.name().toLowerCase(Locale.ROOT))
                        + prf.format()));
        out.println(
                "speaker, keyed gold   " + result.keyedAttribution().format() + "   (P over detected keyed quotes)");
        out.println("kinds (gold row, system column): " + result.confusion());
        result.pairs().stream()
                .filter(p -> p.system() != null && !p.speakerCorrect())
                .limit(errors)
                .forEach(p -> out.printf(
                        Locale.ROOT,
                        "  wrong speaker %s %s: gold %s [%s], system %s [%s]: %.60s%n",
                        p.gold().documentId(),
                        p.gold().kind(),
                        p.gold().speakerName(),
                        p.gold().speakerKey(),
                        p.system().speakerName(),
                        p.system().speakerKey(),
                        p.gold().text()));
        out.flush();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
