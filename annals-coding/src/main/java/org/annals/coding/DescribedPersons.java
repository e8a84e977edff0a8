package org.annals.coding;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;
import org.annals.core.Token;

/**
 * Named people the article also tells by a common noun: "Patrick Crusius, a 21-year-old gunman", "the gunman, Patrick
 * Crusius", "officials identified the suspect as Patrick Crusius", "the attacker, identified as Sudesh Amman",
 * "Crusius is the suspect". A definite singular noun of the same lemma elsewhere in the article ("the gunman
 * surrendered") is that person, when exactly one named person is so described and no other one of that noun is
 * announced ("another gunman"). "The suspected gunman" is the suspect, so "the gunman" is too. The indefinite noun
 * that first introduces the person before the article names him ("a gunman shot shoppers" in the lead) is that
 * person as well.
 */
final class DescribedPersons {
    // "identified the suspect as X", "the victim was named as X": the verbs that give a described person a name.
    private static final Set<String> NAMING_VERBS = Set.of("identify", "name");
    // "another gunman", "a second suspect": the article tells of more than one of them.
    private static final Set<String> OTHERS = Set.of("another", "other", "second", "third", "fellow");
    // "the suspected gunman", "the alleged attacker": the suspect told by what he is said to have done.
    private static final Set<String> SUSPECTED = Set.of("suspected", "alleged");
    private static final String SUSPECT = "suspect";
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    private final Tree tree;
    private final KnowledgeBase kb;
    private final Collection<Resolved> resolved;
    private final Map<String, ActorDraft> actors;
    private final Map<String, Set<String>> personsByNoun = new HashMap<>();
    private final Set<String> several = new HashSet<>();

    DescribedPersons(Tree tree, KnowledgeBase kb, Collection<Resolved> resolved, Map<String, ActorDraft> actors) {
        this.tree = tree;
        this.kb = kb;
        this.resolved = resolved;
        this.actors = actors;
        for (int i = 0; i < tree.size(); i++) {
            if (tree.inArticle(i) && commonSingular(i) && personNoun(i)) {
                link(i);
                if (announcesAnother(i)) {
                    several.add(lemma(i));
                }
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            if (tree.inArticle(i) && commonSingular(i) && suspected(i)) {
                int noun = i;
                personsByNoun.getOrDefault(SUSPECT, Set.of()).forEach(p -> add(noun, p));
            }
        }
    }

    /** The one named person a definite, or introducing, singular common noun describes, if the article links one. */
    Optional<String> personFor(int noun) {
        if (!commonSingular(noun) || several.contains(lemma(noun))) {
            return Optional.empty();
        }
        Set<String> persons = personsByNoun.getOrDefault(lemma(noun), Set.of());
        return persons.size() == 1
                ? persons.stream().findFirst().filter(p -> tree.definite(noun) || introduces(noun, p))
                : Optional.empty();
    }

    // "On Saturday, a gunman shot shoppers ... Officials identified the suspect as Patrick Crusius": news introduces a
    // person by what he is and names him later, so the article's first "a gunman", told before the name, is the one
    // it later names. An indefinite noun after the name ("a gunman" once Crusius is named) may be another one.
    private boolean introduces(int noun, String person) {
        return tree.hasDeterminer(noun, INDEFINITE)
                && !ofAnInfinitive(noun)
                && firstOfItsNoun(noun)
                && noun < firstMention(person);
    }

    // "For a candidate to win the nomination, 1,991 delegates are needed": the subject of an infinitive is any one of
    // its kind, not somebody the article introduces.
    private boolean ofAnInfinitive(int noun) {
        int verb = tree.head(noun);
        return verb >= 0 && tree.hasMark(verb, "to");
    }

    private boolean firstOfItsNoun(int noun) {
        for (int j = 0; j < noun; j++) {
            if (tree.inArticle(j) && tree.token(j).isNoun() && lemma(j).equals(lemma(noun))) {
                return false;
            }
        }
        return true;
    }

    private int firstMention(String person) {
        return resolved.stream()
                .filter(m -> m.actorId().equals(person))
                .mapToInt(Resolved::first)
                .min()
                .orElse(-1);
    }

    private void link(int noun) {
        Token token = tree.token(noun);
        int governor = tree.head(noun);
        if (token.deprel().equals("appos") && governor >= 0) {
            person(governor).ifPresent(p -> add(noun, p));
        }
        for (int child : tree.children(noun)) {
            String deprel = tree.token(child).deprel();
            if (deprel.equals("appos") || deprel.equals("nsubj") && copular(noun)) {
                person(child).ifPresent(p -> add(noun, p));
            }
        }
        if (governor >= 0 && copular(governor) && token.deprel().equals("nsubj")) {
            person(governor).ifPresent(p -> add(noun, p));
        }
        namedAs(noun).ifPresent(p -> add(noun, p));
    }

    // "officials identified the suspect as X", "the suspect was identified as X", "the attacker, identified as X".
    private Optional<String> namedAs(int noun) {
        int governor = tree.head(noun);
        String deprel = tree.token(noun).deprel();
        boolean argument = governor >= 0 && (deprel.equals("obj") || deprel.equals("nsubj:pass"));
        Optional<String> asArgument = argument ? asPerson(governor) : Optional.empty();
        return asArgument.or(() -> tree.children(noun, "acl").stream()
                .map(this::asPerson)
                .flatMap(Optional::stream)
                .findFirst());
    }

    private Optional<String> asPerson(int verb) {
        if (!NAMING_VERBS.contains(Tree.lower(tree.token(verb).lemma()))) {
            return Optional.empty();
        }
        return tree.children(verb).stream()
                .filter(c -> tree.hasCase(c, "as"))
                .map(this::person)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private boolean suspected(int noun) {
        return tree.definite(noun)
                && tree.children(noun, "amod").stream()
                        .anyMatch(
                                a -> SUSPECTED.contains(Tree.lower(tree.token(a).word())));
    }

    private boolean copular(int index) {
        return !tree.children(index, "cop").isEmpty();
    }

    private boolean announcesAnother(int noun) {
        List<Integer> modifiers = tree.children(noun);
        return modifiers.stream()
                .map(tree::token)
                .filter(t -> t.deprel().equals("det") || t.deprel().equals("amod"))
                .anyMatch(t -> OTHERS.contains(Tree.lower(t.word())));
    }

    private Optional<String> person(int token) {
        return resolved.stream()
                .filter(m -> m.covers(token))
                .map(Resolved::actorId)
                .filter(id -> actors.containsKey(id) && actors.get(id).kind == ActorKind.PERSON)
                .findFirst();
    }

    private void add(int noun, String person) {
        personsByNoun.computeIfAbsent(lemma(noun), key -> new HashSet<>()).add(person);
    }

    // Only nouns that name a person ("gunman", "suspect", "doctor", "spokesman"): a misparse that hangs a name on
    // "the attack" must not make every later "the attack" that person. Titles are left to the title rules: "Trump was
    // the first president to ..." does not make every "the sitting president" of the article Trump.
    private boolean personNoun(int noun) {
        String lemma = lemma(noun);
        return kb.title(lemma).isEmpty()
                && (UnnamedPeople.isPersonNoun(lemma)
                        || kb.collectiveSector(lemma).isPresent());
    }

    private boolean commonSingular(int index) {
        Token token = tree.token(index);
        return token.isNoun() && !token.isProperNoun() && token.pos().equals("NN");
    }

    private String lemma(int index) {
        return Tree.lower(tree.token(index).lemma());
    }
}
