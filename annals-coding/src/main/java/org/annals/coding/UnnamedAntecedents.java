package org.annals.coding;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.annals.core.ActorKind;

/**
 * A person the narration names only by a noun is a nearer antecedent than a name further back: "The chair of the
 * inquiry addressed the hearing ... She also said" and "after one of the nurses left ... She told" mean the unnamed
 * woman, not the last woman named sentences before. A he/she with no named person of a compatible gender in its
 * sentence or the one before stays unresolved when such a noun is a subject or object there.
 */
final class UnnamedAntecedents {
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj");
    // Singular nouns that pick one person out of a group named after "of": "one of the daughters", "the head of the
    // investigators".
    private static final Set<String> PICKING_NOUNS = Set.of("one", "head", "chief", "leader", "member");

    private final Tree tree;
    private final Map<String, ActorDraft> actors;
    private final Collection<Resolved> resolved;

    UnnamedAntecedents(Tree tree, Map<String, ActorDraft> actors, Collection<Resolved> resolved) {
        this.tree = tree;
        this.actors = actors;
        this.resolved = resolved;
    }

    /**
     * Whether an unnamed person is a subject or object in the narration before the pronoun, in its sentence or back
     * to the sentence {@code previous}.
     */
    boolean before(int pronoun, int previous) {
        for (int i = pronoun - 1; i >= 0 && tree.token(i).sentence() >= previous; i--) {
            if (tree.inArticle(i) && !tree.quoted(i) && unnamedPerson(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean unnamedPerson(int noun) {
        if (!ARGUMENTS.contains(tree.token(noun).deprel()) || namedPerson(noun)) {
            return false;
        }
        String lemma = Tree.lower(tree.token(noun).lemma());
        boolean singular = tree.token(noun).pos().equals("NN");
        return (singular && UnnamedPeople.isPersonNoun(lemma)) || picksAPerson(noun, lemma);
    }

    private boolean picksAPerson(int noun, String lemma) {
        return PICKING_NOUNS.contains(lemma)
                && tree.children(noun).stream()
                        .anyMatch(c -> tree.token(c).deprel().startsWith("nmod")
                                && tree.hasCase(c, "of")
                                && UnnamedPeople.isPersonNoun(
                                        Tree.lower(tree.token(c).lemma())));
    }

    // "the judge" resolved to the judge named before is no unnamed person: the resolver's candidates already hold her.
    private boolean namedPerson(int noun) {
        return resolved.stream()
                .filter(m -> m.covers(noun) && !m.actorId().isEmpty())
                .map(m -> actors.get(m.actorId()))
                .anyMatch(actor -> actor != null && actor.kind == ActorKind.PERSON);
    }
}
