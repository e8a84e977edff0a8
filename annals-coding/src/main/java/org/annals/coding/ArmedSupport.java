package org.annals.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Support of an armed force is military aid, not a stance: "continues to support Iraqi forces", "backed the rebels";
 * so is support of a side that is armed only in a fight when the clause names the fight ("support the moderate Syrian
 * Opposition to defend the Syrian people"). A government, a country or a leader is no armed force: "supporting the
 * government of Iraq to defeat terrorism" stays a stance. The words are armed-support.tsv's rows.
 */
final class ArmedSupport {
    private static final String FILE = "/org/annals/coding/armed-support.tsv";
    private static final Set<String> ROLES = Set.of("armed", "side", "fight-verb", "fight-noun");
    private static final Map<String, Set<String>> WORDS = words();
    private static final Set<String> ARMED = WORDS.getOrDefault("armed", Set.of());
    private static final Set<String> SIDES = WORDS.getOrDefault("side", Set.of());
    private static final Set<String> FIGHT_VERBS = WORDS.getOrDefault("fight-verb", Set.of());
    private static final Set<String> FIGHT_NOUNS = WORDS.getOrDefault("fight-noun", Set.of());
    private static final Set<String> PURPOSE_RELATIONS = Set.of("xcomp", "advcl");
    // "in its efforts to defeat ISIL": a noun whose own clause names the fight.
    private static final Set<String> NOUN_CLAUSE_RELATIONS = Set.of("acl", "xcomp");

    private final Tree tree;

    ArmedSupport(Tree tree) {
        this.tree = tree;
    }

    /** Whether the support this verb tells is given to an armed force. */
    boolean aidsArmedForce(int verb) {
        Set<String> objects = objectWords(verb);
        return objects.stream().anyMatch(ARMED::contains)
                || (objects.stream().anyMatch(SIDES::contains) && namesFight(verb));
    }

    private Set<String> objectWords(int verb) {
        Set<String> words = new HashSet<>();
        tree.children(verb, "obj").stream()
                .flatMap(o -> Stream.concat(Stream.of(o), tree.children(o, "conj").stream()))
                .forEach(n -> {
                    words.add(Tree.lower(tree.token(n).lemma()));
                    words.add(Tree.lower(tree.token(n).word()));
                });
        return words;
    }

    // A purpose clause of fighting ("to defend the people") or an "in" phrase of one ("in their fight against ISIL").
    private boolean namesFight(int verb) {
        boolean purpose = tree.children(verb).stream()
                .filter(c -> PURPOSE_RELATIONS.contains(tree.token(c).deprel()))
                .anyMatch(this::fightVerb);
        boolean phrase = tree.children(verb, "obl").stream()
                .filter(c -> tree.preposition(c).equals("in"))
                .anyMatch(n -> FIGHT_NOUNS.contains(Tree.lower(tree.token(n).lemma()))
                        || tree.children(n).stream()
                                .filter(c -> NOUN_CLAUSE_RELATIONS.contains(
                                        tree.token(c).deprel()))
                                .anyMatch(this::fightVerb));
        return purpose || phrase;
    }

    private boolean fightVerb(int index) {
        return tree.token(index).isVerb()
                && FIGHT_VERBS.contains(Tree.lower(tree.token(index).lemma()));
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 2)) {
            if (!ROLES.contains(row[1])) {
                throw new IllegalStateException(FILE + ": unknown role '" + row[1] + "' of '" + row[0] + "'");
            }
            if (!words.computeIfAbsent(row[1], r -> new HashSet<>()).add(row[0])) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice as " + row[1]);
            }
        }
        return Map.copyOf(words);
    }
}
