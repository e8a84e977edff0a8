package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.annals.core.Document;
import org.annals.core.MentionType;
import org.annals.nlp.eval.CoreNlpNerBaseline;
import org.annals.nlp.eval.EntityCorpus;
import org.annals.nlp.eval.EntityDocument;
import org.annals.nlp.eval.EntityScorer;
import org.annals.nlp.eval.EntitySpan;
import org.annals.nlp.eval.PersonalPronouns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Person, organisation and location mentions on GUM, MEANTIME and re3d: Annals' mentions against plain CoreNLP NER. */
@Command(
        name = "entities",
        description = "Entity mentions: exact and overlap P/R/F1, typed and untyped, Annals vs CoreNLP NER.")
final class EvalEntitiesCommand implements Callable<Integer> {
    private static final Set<MentionType> SCORED =
            Set.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.LOCATION);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--set", defaultValue = "all", description = "Gold set: gum, meantime, re3d or all (default: all).")
    String set;

    @Option(names = "--no-baseline", description = "Score Annals only.")
    boolean noBaseline;

    @Option(
            names = "--details",
            paramLabel = "FILE",
            description = "Write each gold and system mention that is not an exact typed match, as TSV.")
    Path details;

    @Override
    public Integer call() {
        List<EntityCorpus> corpora = corpora(set);
        Path evalDirectory = Path.of(System.getProperty("annals.home", "."), "eval");
        UnaryOperator<Document> annals = EvalEngine.analysisOfBlocks();
        CoreNlpNerBaseline baseline = noBaseline ? null : new CoreNlpNerBaseline();
        PrintWriter out = spec.commandLine().getOut();
        EntityMisses misses = new EntityMisses();
        out.println("Scoring: docs/evaluation.md (one to one; exact = equal spans, overlap = any shared character)");
        for (EntityCorpus corpus : corpora) {
            Path file = evalDirectory.resolve(corpus.folder()).resolve("docs.jsonl");
            if (!Files.isRegularFile(file)) {
                throw new UserException("gold set " + file + " not found");
            }
            List<EntityDocument> documents = corpus.read(evalDirectory);
            List<EntitySpan> gold = new ArrayList<>();
            List<EntitySpan> ours = new ArrayList<>();
            List<EntitySpan> theirs = new ArrayList<>();
            for (EntityDocument document : documents) {
                gold.addAll(document.gold());
                List<EntitySpan> annalsFound =
                        corpus.inScope(document, annalsEntities(annals.apply(document.document())));
                ours.addAll(annalsFound);
                misses.add(corpus.folder(), document, "annals", annalsFound);
                if (baseline != null) {
                    List<EntitySpan> corenlpFound = corpus.inScope(document, baseline.entities(document.document()));
                    theirs.addAll(corenlpFound);
                    misses.add(corpus.folder(), document, "corenlp", corenlpFound);
                }
            }
            out.println();
            out.println("== " + corpus.folder() + ": " + documents.size() + " documents, " + gold.size()
                    + " gold mentions");
            out.println("SYSTEM    EXACT TYPED  EXACT UNTYPED  OVERLAP TYPED  OVERLAP UNTYPED   (F1; P/R below)");
            print(out, "annals", EntityScorer.score(gold, ours));
            if (baseline != null) {
                print(out, "corenlp", EntityScorer.score(gold, theirs));
            }
            out.flush();
        }
        if (details != null) {
            misses.write(details);
            out.println("Mentions that are not exact typed matches: " + details);
        }
        return Main.OK;
    }

    private static List<EntityCorpus> corpora(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "gum" -> List.of(EntityCorpus.GUM);
            case "meantime" -> List.of(EntityCorpus.MEANTIME);
            case "re3d" -> List.of(EntityCorpus.RE3D);
            case "all" -> List.of(EntityCorpus.values());
            default -> throw new UserException("unknown --set " + name + "; valid: gum, meantime, re3d, all");
        };
    }

    /** Person, organisation and location mentions, and personal pronouns as the persons they refer to. */
    static List<EntitySpan> annalsEntities(Document document) {
        return document.mentions().stream()
                .filter(m ->
                        SCORED.contains(m.type()) || (m.type() == MentionType.PRONOUN && PersonalPronouns.is(m.text())))
                .map(m -> new EntitySpan(
                        document.id(),
                        m.span(),
                        m.type() == MentionType.PRONOUN
                                ? MentionType.PERSON.name()
                                : m.type().name()))
                .toList();
    }

    private static void print(PrintWriter out, String system, EntityScorer.Result r) {
        out.printf(
                Locale.ROOT,
                "%-9s %11.3f %14.3f %14.3f %16.3f%n",
                system,
                r.exactTyped().f1(),
                r.exactUntyped().f1(),
                r.overlapTyped().f1(),
                r.overlapUntyped().f1());
        out.println("          exact typed P/R/F1: " + r.exactTyped().format());
        out.println("          overlap untyped P/R/F1: " + r.overlapUntyped().format());
        r.byType().forEach((type, prf) -> out.println("          " + type + " exact typed: " + prf.format()));
    }
}
