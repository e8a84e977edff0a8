package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a judgement said outside quotations, and by which verb: the subject of a verb of naming whose complement
 * holds the judging word ("called the move reckless", "described the attacks as a dastardly act"), of a verb of saying
 * whose reported clause predicates it ("said the ban was a disgrace", "the ban is a disgrace, she said"), or of a
 * verb of finding ("the court ruled the suspension unlawful"). A court that finds an act unlawful rules against it.
 */
final class Judgements {
    /** The verb that says the judgement, the one actor who holds it and how it is said. */
    record Judge(int verb, String actor, String route) {}

    private static final Set<String> NAMING = Set.of(
            "call",
            "name",
            "label",
            "brand",
            "describe",
            "term",
            "dub",
            "denounce",
            "condemn",
            "characterize",
            "characterise",
            "refer",
            "deem");
    private static final Set<String> SAYING = Set.of(
            "say", "tell", "claim", "state", "add", "argue", "insist", "write", "tweet", "declare", "assert", "stress");
    private static final Set<String> FINDING = Set.of("rule", "find", "hold", "declare", "deem");
    // The judging word often sits inside the complement: "a cowardly act", "an act of inexplicable barbarity".
    private static final Set<String> INSIDE_COMPLEMENT = Set.of("amod", "nmod");
    private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp", "parataxis");
    private static final int LONGEST_CLIMB = 3;
    private static final String JUDICIAL = "JUD";

    private final Tree tree;
    private final Arguments arguments;
    private final ActorIndex index;

    Judgements(Tree tree, Arguments arguments, ActorIndex index) {
        this.tree = tree;
        this.arguments = arguments;
        this.index = index;
    }

    /** Who judges by the word at {@code cue}, or none when no verb of naming, saying or finding holds it. */
    Optional<Judge> of(int cue) {
        return named(cue).or(() -> reported(cue)).flatMap(this::judge);
    }

    // "called Canada's plan irresponsible", "described the attacks as a dastardly act": the word is, or heads, the
    // verb's predicative complement.
    private Optional<Integer> named(int cue) {
        int complement = cue;
        for (int steps = 0; steps < LONGEST_CLIMB && insideComplement(complement); steps++) {
            complement = tree.head(complement);
        }
        String deprel = tree.token(complement).deprel();
        // The parser hangs "as reckless" on a passive as an adverbial clause, "called him 'a disgrace'" as a loose
        // dependent of the object, and "called the stabbing barbaric" as an adjective object.
        boolean looseOnObject = tree.looseOnObject(complement);
        boolean adjectiveObject =
                deprel.equals("obj") && tree.token(complement).pos().startsWith("JJ");
        // "the budget, which she called 'a disgrace'": the second object of a verb of naming is what it names.
        int named = complement;
        boolean secondObject = deprel.equals("obj")
                && tree.head(named) >= 0
                && tree.children(tree.head(named), "obj").stream().anyMatch(o -> o < named);
        boolean predicative = deprel.equals("xcomp")
                || looseOnObject
                || adjectiveObject
                || secondObject
                || (deprel.equals("obl") && complement == cue)
                || (Set.of("obl", "advcl").contains(deprel) && markedAs(complement));
        int verb = looseOnObject ? tree.head(tree.head(complement)) : tree.head(complement);
        return predicative && verb >= 0 && verbAmong(verb, NAMING, FINDING) ? Optional.of(verb) : Optional.empty();
    }

    // "described as", and "referred to as", where "to" comes first.
    private boolean markedAs(int complement) {
        return tree.hasCase(complement, "as");
    }

    // "a clown, a racist and the worst president": a conjoined judgement shares its first conjunct's place.
    private boolean insideComplement(int word) {
        String deprel = tree.token(word).deprel();
        return INSIDE_COMPLEMENT.contains(deprel)
                || (deprel.equals("conj") && !tree.token(word).isVerb());
    }

    // "said the ban was a disgrace", "the ban is a disgrace, she said": the word is what a reported clause predicates.
    private Optional<Integer> reported(int cue) {
        int predicate = tree.token(cue).deprel().equals("amod") ? tree.head(cue) : cue;
        if (predicate < 0 || tree.children(predicate, "cop").isEmpty()) {
            return Optional.empty();
        }
        int governor = tree.head(predicate);
        boolean reportedClause = REPORTED_CLAUSES.contains(tree.token(predicate).deprel());
        if (reportedClause && governor >= 0 && verbAmong(governor, SAYING, FINDING)) {
            return Optional.of(governor);
        }
        return tree.children(predicate).stream()
                .filter(c -> REPORTED_CLAUSES.contains(tree.token(c).deprel()))
                .filter(c -> verbAmong(c, SAYING, Set.of()))
                .findFirst();
    }

    private boolean verbAmong(int token, Set<String> some, Set<String> others) {
        String lemma = Tree.lower(tree.token(token).lemma());
        return tree.token(token).isVerb() && (some.contains(lemma) || others.contains(lemma));
    }

    private Optional<Judge> judge(int verb) {
        List<String> judges = arguments.source(verb).actors();
        if (judges.size() != 1) {
            return Optional.empty();
        }
        String lemma = Tree.lower(tree.token(verb).lemma());
        String route = FINDING.contains(lemma) ? "found" : NAMING.contains(lemma) ? "called" : "said";
        return Optional.of(new Judge(verb, judges.get(0), route));
    }

    /** Whether a court finds by this verb ("ruled", "found", "held"): its criticism of an act rules against it. */
    boolean rules(int verb, String actor) {
        return verbAmong(verb, FINDING, Set.of())
                && index.actor(actor).map(a -> a.sector().equals(JUDICIAL)).orElse(false);
    }
}
