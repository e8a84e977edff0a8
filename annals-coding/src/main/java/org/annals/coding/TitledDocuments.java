package org.annals.coding;

import java.util.Locale;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * "Welcomed the adoption of UN Security Council Resolution 2254", "endorsed the Green New Deal and the Economic Bill
 * of Rights", "mediating the Abraham Accords": the tagger makes a name whose head is a document or a measure an
 * organisation, but a resolution, a deal or a treaty is what actors adopt, back or sign, not an actor an act can reach.
 * Such a name is no target. The head words are data (document-titles.tsv); the head of a name with "of" is the word
 * before it ("Bill of Rights").
 */
final class TitledDocuments {
    static final String FILE = "document-titles.tsv";
    private static final Set<String> HEADS = Tsv.words(FILE);

    private final ActorIndex index;

    TitledDocuments(ActorIndex index) {
        this.index = index;
    }

    /** Whether the actor of this id is an organisation whose name is the title of a document or a measure. */
    boolean document(String id) {
        return index.actor(id)
                .filter(actor -> actor.kind() == ActorKind.ORGANISATION)
                .map(Actor::name)
                .map(TitledDocuments::head)
                .filter(head -> !head.equals(head.toUpperCase(Locale.ROOT)))
                .map(head -> HEADS.contains(head.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    private static String head(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of")) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }
}
