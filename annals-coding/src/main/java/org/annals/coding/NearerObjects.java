package org.annals.coding;

import java.util.Collection;
import java.util.Set;
import org.annals.core.Token;

/**
 * Whether an unnamed object between a subject and a later "it" or "they" may be what the pronoun means, so that the
 * subject is no sure antecedent: "The US will protect our people wherever they are". Inside the pronoun's own
 * sentence, a subject pronoun of an active verb continues the subject unless the object's clause holds the pronoun:
 * "After Iraqi forces came under fire from ISIL fighters, they requested support" is the forces' request, since the
 * clause of "fighters" ends before the pronoun's. A passive pronoun ("they were jailed") is as often the patient
 * told before, and an object in an earlier sentence is always a candidate.
 */
final class NearerObjects {
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "obl");

    private final Tree tree;
    private final Collection<Resolved> resolved;

    NearerObjects(Tree tree, Collection<Resolved> resolved) {
        this.tree = tree;
        this.resolved = resolved;
    }

    /** An unnamed object or oblique tagged {@code pos} between the subject and the pronoun that may be meant. */
    boolean between(int subject, int pronoun, String pos) {
        for (int i = subject + 1; i < pronoun; i++) {
            Token token = tree.token(i);
            if (token.pos().equals(pos)
                    && OBJECT_RELATIONS.contains(token.deprel())
                    && !named(i)
                    && mayBeMeant(i, pronoun)) {
                return true;
            }
        }
        return false;
    }

    private boolean named(int index) {
        return resolved.stream().anyMatch(m -> m.covers(index) && !m.actorId().isEmpty());
    }

    private boolean mayBeMeant(int object, int pronoun) {
        Token token = tree.token(pronoun);
        boolean activeSubject = token.deprel().equals("nsubj");
        boolean sameSentence = tree.token(object).sentence() == token.sentence();
        return !activeSubject || !sameSentence || tree.dominates(tree.head(object), pronoun);
    }
}
