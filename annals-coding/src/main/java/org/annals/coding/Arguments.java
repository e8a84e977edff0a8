package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/** Finds the actors filling a predicate's source and target slots in the dependency parse. */
final class Arguments {
    /** The actors found and how: {@code pattern} names the syntactic route, {@code group} a plural expanded. */
    record Found(List<String> actors, String pattern, boolean group) {
        static final Found NONE = new Found(List.of(), "", false);
    }

    private static final Set<String> INHERITING = Set.of("xcomp", "advcl", "conj", "dep");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final Set<String> COUNTRY_GROUP_NOUNS = Set.of("country", "nation", "government", "state", "side");
    private static final Set<String> PERSON_GROUP_NOUNS =
            Set.of("leader", "president", "man", "woman", "minister", "head", "counterpart");
    private static final Set<String> GROUP_MARKERS = Set.of("both", "two");

    private final Tree tree;
    private final ActorIndex index;

    Arguments(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** The actors doing what the verb says: its subject, a controller's subject, or a passive agent. */
    Found source(int verb) {
        int current = verb;
        String pattern = "nsubj";
        for (int depth = 0; depth < 5 && current >= 0; depth++) {
            List<Integer> subjects = tree.children(current, "nsubj");
            if (!subjects.isEmpty()) {
                return actorsOf(resolveRelative(subjects.get(0), current), pattern);
            }
            List<Integer> agents = tree.children(current).stream()
                    .filter(c -> tree.token(c).deprel().equals("obl:agent")
                            || (tree.token(c).deprel().equals("obl")
                                    && tree.preposition(c).equals("by")))
                    .toList();
            if (!tree.children(current, "nsubj:pass").isEmpty()) {
                return agents.isEmpty() ? Found.NONE : actorsOf(agents.get(0), "passive-agent");
            }
            Token token = tree.token(current);
            if (token.deprel().equals("acl") && current == verb) {
                return actorsOf(token.head(), "acl-governor");
            }
            if (!INHERITING.contains(token.deprel())) {
                return Found.NONE;
            }
            if (depth == 0) {
                pattern = token.deprel() + "-controller";
            }
            current = token.head();
        }
        return Found.NONE;
    }

    /** The passive subject, which is the target of a passive verb. */
    Optional<Integer> passiveSubject(int verb) {
        return tree.children(verb, "nsubj:pass").stream().findFirst();
    }

    /** The possessor of a noun ("Moscow's invasion"). */
    Found possessor(int noun) {
        List<Integer> possessors = tree.children(noun, "nmod:poss");
        return possessors.isEmpty() ? Found.NONE : actorsOf(possessors.get(0), "possessor");
    }

    /** The actors in the dependents named by specs such as "obj", "obl:with", "nmod:of", on any of the heads. */
    Found targets(List<Integer> heads, List<String> specs) {
        for (String spec : specs) {
            for (int head : heads) {
                for (int dependent : dependents(head, spec)) {
                    Found found = actorsOf(dependent, spec);
                    if (found.actors().isEmpty()) {
                        found = possessor(dependent);
                    }
                    if (!found.actors().isEmpty()) {
                        return new Found(found.actors(), spec, found.group());
                    }
                }
            }
        }
        return Found.NONE;
    }

    Found actorsOf(int token, String pattern) {
        Set<String> actors = new LinkedHashSet<>();
        boolean group = false;
        for (int member : withConjuncts(token)) {
            Optional<String> actor = index.actorAt(tree.token(member));
            if (actor.isPresent()) {
                actors.add(actor.get());
            } else {
                List<String> expanded = group(member);
                group |= !expanded.isEmpty();
                actors.addAll(expanded);
            }
        }
        return new Found(new ArrayList<>(actors), pattern, group);
    }

    private List<Integer> dependents(int head, String spec) {
        String[] parts = spec.split(":", 2);
        List<Integer> result = new ArrayList<>();
        for (int child : tree.children(head)) {
            String deprel = tree.token(child).deprel();
            boolean relation = deprel.equals(parts[0]) || deprel.equals(spec);
            boolean preposition = parts.length == 1 || tree.preposition(child).equals(parts[1]);
            if (relation && preposition) {
                result.add(child);
            }
        }
        return result;
    }

    private List<Integer> withConjuncts(int token) {
        List<Integer> members = new ArrayList<>();
        members.add(token);
        members.addAll(tree.children(token, "conj"));
        return members;
    }

    // "who" in "Xi, who hosted the summit" stands for the name just before it.
    private int resolveRelative(int subject, int verb) {
        if (!RELATIVE_PRONOUNS.contains(Tree.lower(tree.token(subject).word()))) {
            return subject;
        }
        int before = subject - 1;
        while (before >= 0 && tree.token(before).pos().matches("[,:]|``|''")) {
            before--;
        }
        if (before >= 0 && index.actorAt(tree.token(before)).isPresent()) {
            return before;
        }
        int governor = tree.head(verb);
        return governor >= 0 ? governor : subject;
    }

    // "both leaders", "the two", "the two countries", "both": the two most recent persons or countries.
    private List<String> group(int token) {
        Token t = tree.token(token);
        String lemma = Tree.lower(t.lemma());
        boolean marked = GROUP_MARKERS.contains(lemma)
                || tree.children(token).stream()
                        .anyMatch(c ->
                                GROUP_MARKERS.contains(Tree.lower(tree.token(c).word())));
        if (!marked) {
            return List.of();
        }
        int offset = t.span().start();
        if (COUNTRY_GROUP_NOUNS.contains(lemma)) {
            List<String> countries = index.recentCountries(offset, 2);
            return countries.size() == 2
                    ? countries.stream().map(this::countryActor).toList()
                    : List.of();
        }
        if (PERSON_GROUP_NOUNS.contains(lemma) || GROUP_MARKERS.contains(lemma)) {
            List<String> persons = index.recentPersons(offset, 2);
            return persons.size() == 2 ? persons : List.of();
        }
        return List.of();
    }

    private String countryActor(String iso3) {
        return index.actor(iso3).isPresent() ? iso3 : iso3 + ".GOV";
    }
}
