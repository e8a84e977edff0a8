package org.annals.coding;

import java.util.Optional;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "the Cyprus Mail", "Manila Bulletin", "the Canadian Public Health Infobase": a known place or nationality that opens
 * a longer proper name the tagger left untagged is part of that name, and the name is an organisation's. Words that
 * say what the place's people or state are ("Russian President", "Hong Kong Police", "Syrian Kurds") keep the place:
 * other stages read them.
 */
final class PlaceLedNames {
    private final KnowledgeBase kb;
    private final Tree tree;

    PlaceLedNames(KnowledgeBase kb, Tree tree) {
        this.kb = kb;
        this.tree = tree;
    }

    /** The whole name the place opens, when there is one. */
    Optional<Found> nameOpenedBy(Found place) {
        if (place.type() != MentionType.LOCATION && place.type() != MentionType.NATIONALITY) {
            return Optional.empty();
        }
        int end = place.last();
        while (end + 1 < tree.size() && continuesName(place.last(), end + 1)) {
            end++;
        }
        boolean named =
                end > place.last() && tree.token(end).isProperNoun() && headsPlace(place, end) && !beforePerson(end);
        return named ? Optional.of(new Found(place.first(), end, MentionType.ORGANISATION, null)) : Optional.empty();
    }

    private boolean continuesName(int placeLast, int index) {
        Token token = tree.token(index);
        String lower = Tree.lower(token.word());
        return token.sentence() == tree.token(placeLast).sentence()
                && tree.inArticle(index)
                && token.ner().equals("O")
                && (token.isProperNoun() || token.pos().equals("JJ"))
                && Character.isUpperCase(token.word().charAt(0))
                && kb.title(lower).isEmpty()
                && kb.orgHeadSector(token.lemma()).isEmpty()
                && kb.institutionSector(lower).isEmpty()
                && kb.collectiveSector(token.lemma()).isEmpty()
                && !startsKnownName(index);
    }

    // "Iranian Revolutionary Guards": a known name after the place is its own.
    private boolean startsKnownName(int index) {
        StringBuilder surface = new StringBuilder();
        for (int at = index; at < tree.size() && at - index < kb.longestName(); at++) {
            surface.append(tree.token(at).word());
            if (kb.lookup(surface.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // The place modifies the name's last word: "Cyprus" hangs on "Mail", not on a verb after a comma.
    private boolean headsPlace(Found place, int end) {
        int head = tree.head(place.last());
        return head > place.last() && head <= end;
    }

    private boolean beforePerson(int end) {
        return end + 1 < tree.size() && tree.token(end + 1).ner().equals("PERSON");
    }
}
