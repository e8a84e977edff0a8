package org.annals.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annals.coding.MissingVerbs;
import org.annals.coding.TriggerCandidate;
import org.annals.coding.TriggerExplainer;
import org.annals.core.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals explain}: per sentence, the lexicon words the event coder read and what became of each. */
@Command(
        name = "explain",
        description = {
            "Analyse files and list, per sentence, the event and stance words found and the event each gave or why"
                    + " it gave none; then the reasons counted. Nothing is stored.",
            "Use '-' to read JSON Lines from standard input."
        })
final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisInputs inputs = new AnalysisInputs();

    @Option(names = "--summary", description = "Print only the reasons counted over all inputs.")
    boolean summary;

    @Option(
            names = "--missing-verbs",
            description = "Instead, rank the verbs the event lexicon lacks by their uses joining an actor subject to"
                    + " another actor (object, passive subject or prepositional complement), with example sentences:"
                    + " the words to read next on unlabelled text.")
    boolean missingVerbs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (missingVerbs) {
            return rankMissingVerbs(out);
        }
        TriggerExplainer explainer = new TriggerExplainer();
        Map<String, Integer> reasons = new TreeMap<>();
        int failures = inputs.analyse(out, spec.commandLine().getErr(), outcome -> {
            if (outcome instanceof Outcome.Analysed analysed) {
                List<TriggerCandidate> candidates = explainer.explain(analysed.document());
                candidates.forEach(c -> reasons.merge(c.reason(), 1, Integer::sum));
                if (!summary) {
                    print(analysed.source(), analysed.document(), candidates, out);
                }
            }
        });
        printReasons(reasons, out);
        return failures == 0 ? Main.OK : Main.FAILURE;
    }

    private Integer rankMissingVerbs(PrintWriter out) {
        MissingVerbs missing = new MissingVerbs();
        int failures = inputs.analyse(out, spec.commandLine().getErr(), outcome -> {
            if (outcome instanceof Outcome.Analysed analysed) {
                missing.count(analysed.document());
            }
        });
        printMissingVerbs(missing.ranked(), out);
        return failures == 0 ? Main.OK : Main.FAILURE;
    }

    static void printMissingVerbs(List<MissingVerbs.Candidate> ranked, PrintWriter out) {
        out.printf(Locale.ROOT, "%6s %6s  %s%n", "actors", "uses", "verb (uses joining two actors, all uses)");
        for (MissingVerbs.Candidate candidate : ranked) {
            out.printf(Locale.ROOT, "%6d %6d  %s%n", candidate.actorPairs(), candidate.uses(), candidate.lemma());
            candidate.examples().forEach(example -> out.println("                - " + oneLine(example)));
        }
    }

    static void print(String source, Document document, List<TriggerCandidate> candidates, PrintWriter out) {
        out.println("== " + source);
        int sentence = -1;
        for (TriggerCandidate candidate : candidates) {
            if (candidate.sentence() != sentence) {
                sentence = candidate.sentence();
                out.println("  [" + sentence + "] "
                        + oneLine(document.textOf(
                                document.sentences().get(sentence).span())));
            }
            String detail = candidate.detail().isEmpty() ? "" : "  (" + candidate.detail() + ")";
            out.printf(Locale.ROOT, "      %-16s %s%s%n", candidate.word(), candidate.reason(), detail);
        }
        out.println();
    }

    static void printReasons(Map<String, Integer> reasons, PrintWriter out) {
        int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "%6s  %s%n", "words", "outcome (of " + total + " lexicon words read)");
        reasons.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.printf(Locale.ROOT, "%6d  %s%n", e.getValue(), e.getKey()));
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
