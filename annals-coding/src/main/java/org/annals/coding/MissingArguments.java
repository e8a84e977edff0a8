package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * Says what kind of word stood where the coder found no actor, so a dropped trigger names the gap: no subject in the
 * parse, a pronoun nothing resolved, a common noun or a name that is no actor.
 */
final class MissingArguments {
    /** A reason worth counting and the word it is about. */
    record Gap(String reason, String word) {}

    private static final Set<String> CLIMBING = Set.of("xcomp", "conj", "advcl", "dep", "ccomp", "acl", "acl:relcl");
    private static final Set<String> TARGET_SLOTS = Set.of("obj", "iobj", "obl", "nmod", "nsubj:pass");
    private static final Set<String> PRONOUNS = Set.of("PRP", "WP", "WDT", "DT");

    private final Tree tree;

    MissingArguments(Tree tree) {
        this.tree = tree;
    }

    /** Why no source was found for the predicate, or the owner of a bare noun. */
    Gap source(int predicate, boolean bareNoun) {
        if (bareNoun) {
            return tree.children(predicate, "nmod:poss").stream()
                    .findFirst()
                    .map(owner -> gap("no source: owner", owner))
                    .orElse(new Gap("no source: nominal without owner", ""));
        }
        int current = predicate;
        for (int depth = 0; depth < 5 && current >= 0; depth++) {
            Optional<Integer> subject = tree.children(current, "nsubj").stream().findFirst();
            if (subject.isPresent()) {
                String where = current == predicate ? "subject" : "controller's subject";
                return gap("no source: " + where, subject.get());
            }
            if (!tree.children(current, "nsubj:pass").isEmpty()
                    || !tree.children(current, "aux:pass").isEmpty()) {
                return new Gap("no source: passive without agent", "");
            }
            if (!CLIMBING.contains(tree.token(current).deprel())) {
                break;
            }
            current = tree.head(current);
        }
        return new Gap("no source: no subject in the parse", "");
    }

    /** Why no target was found among the dependents of the trigger's heads. */
    Gap target(List<Integer> heads) {
        return heads.stream()
                .flatMap(head -> tree.children(head).stream())
                .filter(child -> TARGET_SLOTS.contains(tree.token(child).deprel()))
                .filter(child -> tree.token(child).isNoun()
                        || PRONOUNS.contains(tree.token(child).pos()))
                .findFirst()
                .map(child -> gap("no target: " + tree.token(child).deprel(), child))
                .orElse(new Gap("no target: no object or oblique", ""));
    }

    private Gap gap(String slot, int token) {
        return new Gap(slot + " " + kind(token), tree.token(token).word());
    }

    private String kind(int token) {
        Token word = tree.token(token);
        if (PRONOUNS.contains(word.pos())) {
            return "is an unresolved pronoun";
        }
        return word.isProperNoun() ? "is a name but no actor" : "is a common noun, no actor";
    }
}
