package org.annals.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grief at a death told of a subject: "the minister was saddened by the death of X", "he was extremely pained to hear
 * about the demise of X". The subject offers sympathy to the dead, SUPPORT/condolence with the dead as target. The
 * feeling, death and learning words are data (grief-words.tsv); a feeling about anything but an actor's death codes
 * nothing.
 */
final class GriefAtDeaths {
    /** Rule prefix of an event coded from grief at a death: "grief:saddened". */
    static final String RULE = "grief:";
    /** Where the dead stand on the death noun. */
    static final List<String> DEAD = List.of("nmod:poss", "nmod:of");

    private static final String FILE = "/org/annals/coding/grief-words.tsv";
    private static final Map<String, Set<String>> WORDS = load();
    private static final Set<String> ABOUT = Set.of("by", "at", "about", "over", "of");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    private final Tree tree;
    private final Arguments arguments;

    GriefAtDeaths(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> byRole = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 2)) {
            if (!Set.of("feeling", "death", "learning").contains(row[1])) {
                throw new IllegalStateException(
                        FILE + ": role must be feeling, death or learning, got '" + row[1] + "'");
            }
            byRole.computeIfAbsent(row[1], r -> new HashSet<>()).add(row[0]);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byRole.forEach((role, words) -> frozen.put(role, Set.copyOf(words)));
        return Map.copyOf(frozen);
    }

    /** The death noun a feeling word is about: after "by", "at", "about", on it or on "to hear" ("learn") on it. */
    Optional<Integer> death(int feeling) {
        if (!WORDS.get("feeling").contains(Tree.lower(tree.token(feeling).word()))) {
            return Optional.empty();
        }
        Optional<Integer> direct = deathAfterPreposition(feeling);
        if (direct.isPresent()) {
            return direct;
        }
        return tree.children(feeling).stream()
                .filter(c -> Set.of("xcomp", "advcl").contains(tree.token(c).deprel()))
                .filter(c ->
                        WORDS.get("learning").contains(Tree.lower(tree.token(c).lemma())))
                .map(this::deathAfterPreposition)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<Integer> deathAfterPreposition(int head) {
        return tree.children(head, "obl").stream()
                .filter(c -> ABOUT.contains(tree.preposition(c)))
                .filter(c ->
                        WORDS.get("death").contains(Tree.lower(tree.token(c).lemma())))
                .findFirst();
    }

    /**
     * Who grieves: the subject of the feeling word ("the minister was saddened"); a personal pronoun left unresolved
     * in a clause reported by a verb stands for that verb's subject ("Parrikar tweeted he was pained").
     */
    Arguments.Found mourner(int feeling) {
        Optional<Integer> subject = tree.children(feeling).stream()
                .filter(c -> SUBJECTS.contains(tree.token(c).deprel()))
                .findFirst();
        Arguments.Found found =
                subject.map(s -> arguments.actorsOf(s, "grief-subject")).orElse(Arguments.Found.NONE);
        if (!found.actors().isEmpty()
                || subject.isEmpty()
                || !tree.token(subject.get()).pos().equals("PRP")) {
            return found;
        }
        int reporting = tree.head(feeling);
        boolean reported = reporting >= 0
                && tree.token(feeling).deprel().equals("ccomp")
                && tree.token(reporting).isVerb();
        if (!reported) {
            return found;
        }
        Arguments.Found speaker = arguments.source(reporting);
        return new Arguments.Found(speaker.actors(), "grief-reporter-" + speaker.pattern(), speaker.group());
    }
}
