package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.core.Actor;

/**
 * A meeting or visit with one's own side's staff or troops ("the general met with U.S. Air Force civilian employees",
 * "the Defense Secretary flew to visit U.S. service members") happens inside one actor and is no act between actors,
 * as the release sets annotate such visits. The nouns are data (personnel-nouns.tsv).
 */
final class OwnPersonnel {
    static final String FILE = "personnel-nouns.tsv";
    private static final String CONSULT = "CONSULT";
    private static final Set<String> ARGUMENTS = Set.of("obj", "obl", "nmod");
    private static final Set<String> NOUNS = Tsv.words(FILE);

    private final Tree tree;
    private final ActorIndex index;

    OwnPersonnel(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** Whether a CONSULT event's targets are only staff or troops of the country its sources belong to. */
    boolean internal(String type, List<Integer> heads, List<String> sources, List<String> targets) {
        if (!type.equals(CONSULT) || targets.isEmpty() || heads.stream().noneMatch(this::withPersonnel)) {
            return false;
        }
        Set<String> own = countries(sources);
        return !own.isEmpty()
                && own.containsAll(countries(targets))
                && countries(targets).size() == 1;
    }

    private Set<String> countries(List<String> actors) {
        List<Optional<String>> found = actors.stream()
                .map(id -> index.actor(id).map(Actor::country).filter(c -> !c.isEmpty()))
                .toList();
        if (found.stream().anyMatch(Optional::isEmpty)) {
            return Set.of();
        }
        return found.stream().flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private boolean withPersonnel(int head) {
        return tree.children(head).stream()
                .filter(c -> ARGUMENTS.contains(tree.token(c).deprel()))
                .flatMap(c -> Stream.concat(Stream.of(c), tree.children(c, "conj").stream()))
                .anyMatch(this::personnel);
    }

    private boolean personnel(int noun) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        return NOUNS.contains(lemma)
                || tree.children(noun, "compound").stream()
                        .anyMatch(c -> NOUNS.contains(Tree.lower(tree.token(c).lemma()) + " " + lemma));
    }
}
