package org.annals.coding;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.annals.coding.KnowledgeBase.Gender;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;

/**
 * "Representative Ana Ruiz won the last seat, her first of the year": a possessive in the clause of a person subject,
 * with no other person between them, is that person's, so it tells the person's gender. Learned before pronouns are
 * resolved, so a later "he" does not take her for its antecedent.
 */
final class BoundPossessives {
    private final Tree tree;
    private final Map<String, ActorDraft> actors;
    private final Collection<Resolved> resolved;

    BoundPossessives(Tree tree, Map<String, ActorDraft> actors, Collection<Resolved> resolved) {
        this.tree = tree;
        this.actors = actors;
        this.resolved = resolved;
    }

    void learnGenders() {
        for (int i = 0; i < tree.size(); i++) {
            Optional<Gender> gender = possessiveGender(i);
            if (gender.isPresent() && tree.inArticle(i) && !tree.quoted(i)) {
                Gender learned = gender.get();
                subjectPerson(i).map(actors::get).ifPresent(person -> person.learnGender(learned));
            }
        }
    }

    private Optional<Gender> possessiveGender(int token) {
        if (!tree.token(token).deprel().equals("nmod:poss")) {
            return Optional.empty();
        }
        String word = Tree.lower(tree.token(token).word());
        if (word.equals("his")) {
            return Optional.of(Gender.MALE);
        }
        return word.equals("her") ? Optional.of(Gender.FEMALE) : Optional.empty();
    }

    // The subject of the nearest clause above the possessive, when a named person is it and none stands between.
    private Optional<String> subjectPerson(int possessive) {
        for (int clause = tree.head(possessive); clause >= 0; clause = tree.head(clause)) {
            Optional<Integer> subject = tree.children(clause, "nsubj").stream()
                    .filter(s -> s < possessive)
                    .findFirst();
            if (subject.isPresent()) {
                return personCovering(subject.get())
                        .filter(person -> !personBetween(person, possessive))
                        .map(Resolved::actorId);
            }
        }
        return Optional.empty();
    }

    private Optional<Resolved> personCovering(int subject) {
        return resolved.stream()
                .filter(m -> m.covers(subject) && m.type() == MentionType.PERSON)
                .filter(m -> actors.containsKey(m.actorId()) && actors.get(m.actorId()).kind == ActorKind.PERSON)
                .findFirst();
    }

    private boolean personBetween(Resolved subject, int possessive) {
        return resolved.stream()
                .anyMatch(m -> m.first() > subject.last()
                        && m.first() < possessive
                        && m.type() == MentionType.PERSON
                        && !m.actorId().equals(subject.actorId()));
    }
}
