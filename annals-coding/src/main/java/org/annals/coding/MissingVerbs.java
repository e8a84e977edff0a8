package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Token;

/**
 * Ranks the verbs the event lexicon lacks by how often, over analysed documents, they join an actor subject (or
 * passive "by" agent) to another actor as object, passive subject or prepositional complement: the uses where a row
 * would code an event. Run on unlabelled text, it lists the words to read next, most frequent first; whether a word
 * names a PLOVER act is for the reader to judge. Counts accumulate over {@link #count} calls; not thread-safe.
 */
public final class MissingVerbs {
    /** One verb lemma (with its particle: "reach out"), its uses joining two actors, all its uses, some examples. */
    public record Candidate(String lemma, int actorPairs, int uses, List<String> examples) {}

    private static final int EXAMPLES = 3;
    // The prepositions that mark a target in the lexicon's specs; "in", "during" and the like mark places and times.
    private static final Set<String> TARGET_CASES = Set.of(
            "with", "to", "from", "against", "for", "on", "at", "into", "over", "between", "upon", "toward", "towards",
            "about", "onto");
    private static final Set<String> CARRIERS = Set.of("compound", "nmod:poss", "amod", "flat");

    private final EventLexicon lexicon;
    private final Map<String, Tally> tallies = new HashMap<>();

    public MissingVerbs() {
        this(EventLexicon.standard());
    }

    public MissingVerbs(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the verb uses of one analysed document. */
    public void count(Document analysed) {
        Tokens tokens = new Tokens(analysed);
        for (Token verb : analysed.tokens()) {
            if (!verb.isVerb()) {
                continue;
            }
            String lemma = tokens.lemmaWithParticle(verb);
            if (lexicon.verb(lemma).isPresent()
                    || lexicon.verb(verb.lemma().toLowerCase(Locale.ROOT)).isPresent()) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(lemma, k -> new Tally());
            tally.uses++;
            Set<String> sources = tokens.sources(verb);
            Set<String> targets = tokens.targets(verb);
            targets.removeAll(sources);
            if (!sources.isEmpty() && !targets.isEmpty()) {
                tally.actorPairs++;
                if (tally.examples.size() < EXAMPLES) {
                    tally.examples.add(tokens.sentenceOf(verb));
                }
            }
        }
    }

    /** Verbs with at least one use joining two actors, most such uses first, then most uses, then by lemma. */
    public List<Candidate> ranked() {
        return tallies.entrySet().stream()
                .filter(e -> e.getValue().actorPairs > 0)
                .map(e -> new Candidate(
                        e.getKey(), e.getValue().actorPairs, e.getValue().uses, List.copyOf(e.getValue().examples)))
                .sorted(Comparator.comparingInt(Candidate::actorPairs)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::uses).reversed())
                        .thenComparing(Candidate::lemma))
                .toList();
    }

    private static final class Tally {
        private int actorPairs;
        private int uses;
        private final List<String> examples = new ArrayList<>();
    }

    /** The document's dependency tree with the actor each token belongs to. */
    private static final class Tokens {
        private final Document document;
        private final List<Token> all;
        private final String[] actorAt;
        private final Map<Integer, List<Token>> children = new HashMap<>();

        Tokens(Document document) {
            this.document = document;
            this.all = document.tokens();
            this.actorAt = new String[all.size()];
            for (Mention mention : document.mentions()) {
                if (mention.isResolved()) {
                    for (Token token : all) {
                        if (mention.span().contains(token.span()) && actorAt[token.index()] == null) {
                            actorAt[token.index()] = mention.actorId();
                        }
                    }
                }
            }
            for (Token token : all) {
                if (token.head() >= 0) {
                    children.computeIfAbsent(token.head(), k -> new ArrayList<>())
                            .add(token);
                }
            }
        }

        String lemmaWithParticle(Token verb) {
            String lemma = verb.lemma().toLowerCase(Locale.ROOT);
            return dependents(verb).stream()
                    .filter(t -> t.deprel().equals("compound:prt"))
                    .findFirst()
                    .map(particle -> lemma + " " + particle.lemma().toLowerCase(Locale.ROOT))
                    .orElse(lemma);
        }

        Set<String> sources(Token verb) {
            boolean passive = dependents(verb).stream().anyMatch(t -> t.deprel().equals("aux:pass"));
            Set<String> found = new LinkedHashSet<>();
            for (Token dependent : dependents(verb)) {
                String relation = relation(dependent);
                if (relation.equals("nsubj") || relation.equals("obl:agent") || passive && relation.equals("obl:by")) {
                    addActors(dependent, found);
                }
            }
            return found;
        }

        Set<String> targets(Token verb) {
            Set<String> found = new LinkedHashSet<>();
            for (Token dependent : dependents(verb)) {
                String relation = relation(dependent);
                boolean target = relation.equals("obj")
                        || relation.equals("iobj")
                        || relation.equals("nsubj:pass")
                        || relation.startsWith("obl:") && TARGET_CASES.contains(relation.substring(4));
                if (target) {
                    addActors(dependent, found);
                }
            }
            return found;
        }

        String sentenceOf(Token token) {
            return document.textOf(document.sentences().get(token.sentence()).span())
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        // A basic "obl" is named by its case word ("obl:with"), as the lexicon's specs name it.
        private String relation(Token dependent) {
            if (!dependent.deprel().equals("obl")) {
                return dependent.deprel();
            }
            return dependents(dependent).stream()
                    .filter(t -> t.deprel().equals("case"))
                    .findFirst()
                    .map(c -> "obl:" + c.lemma().toLowerCase(Locale.ROOT))
                    .orElse("obl");
        }

        // The argument's actor, or that of a name compounded with it or owning it ("ISIL tanks", "Iran's navy"),
        // and those of its conjuncts.
        private void addActors(Token argument, Set<String> into) {
            addActor(argument, into);
            dependents(argument).stream()
                    .filter(t -> t.deprel().equals("conj"))
                    .forEach(conjunct -> addActor(conjunct, into));
        }

        private void addActor(Token token, Set<String> into) {
            if (actorAt[token.index()] != null) {
                into.add(actorAt[token.index()]);
                return;
            }
            dependents(token).stream()
                    .filter(t -> CARRIERS.contains(t.deprel()) && actorAt[t.index()] != null)
                    .findFirst()
                    .ifPresent(t -> into.add(actorAt[t.index()]));
        }

        private List<Token> dependents(Token token) {
            return children.getOrDefault(token.index(), List.of());
        }
    }
}
