package org.annals.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.core.ActorKind;

/**
 * "The secretary" after "Foreign Secretary Ann Lee", "the minister" after "Foreign Minister Ann Lee": a bare
 * title word names a person whose title of several words has that head word (title-heads.tsv), as well as a person
 * whose role is the word itself. The callers still require exactly one such person, so two secretaries, or a
 * secretary and a foreign secretary, leave the word unresolved. A title worn out of office ("former Foreign
 * Secretary") gives no head word, so a bare title never reaches a former holder.
 *
 * <p>A title whose head word is no word of its role ("foreign secretary", "home secretary", "secretary of state" for
 * the role "foreign minister" or "interior minister") is some countries' own name of the office: it describes only a
 * holder whose title in the text has that head word too, never one the text calls "Foreign Minister".
 */
final class BareTitles {
    private BareTitles() {}

    /** Records the head word of the title {@code written} in the text, when it is the person's current role. */
    static void learnHead(ActorDraft person, KnowledgeBase.Title title, String written, KnowledgeBase kb) {
        String words = written.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        boolean current = person.role.equals(title.role())
                && kb.title(words).filter(t -> t.role().equals(title.role())).isPresent();
        if (current && person.titleHead.isEmpty()) {
            kb.titleHead(words).ifPresent(head -> person.titleHead = head);
        }
    }

    /** Whether the person answers to a bare title of this role, written as this lower-case word. */
    static boolean answersTo(ActorDraft actor, String role, String bareWord) {
        if (actor == null || actor.kind != ActorKind.PERSON) {
            return false;
        }
        return actor.role.equals(role) || (!actor.titleHead.isEmpty() && actor.titleHead.equals(bareWord));
    }

    /**
     * Whether a description by the lower-case title {@code words} of this role may name the person: always for a
     * title built on its role's own words ("the foreign minister"), else only when the person's title in the text,
     * if the text gives one, has the same head word.
     */
    static boolean sameOfficeName(ActorDraft actor, String words, String role, KnowledgeBase kb) {
        Optional<String> head = kb.titleHead(words);
        if (head.isEmpty() || List.of(role.split(" ")).contains(head.get())) {
            return true;
        }
        return actor.titleHead.isEmpty() || actor.titleHead.equals(head.get());
    }
}
