package org.annals.coding;

import java.util.Optional;
import java.util.Set;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "according to the Cyprus Mail", "Manila Bulletin reported", "according to the Canadian Public Health Infobase": a
 * known place or nationality that opens a longer proper name, which the tagger left untagged or tagged as the place
 * itself, is part of that name, and a name that speaks is an organisation's. Words that say what the place's people
 * or state are ("Russian President", "Hong Kong Police", "Syrian Kurds") keep the place: other stages read them.
 */
final class PlaceLedNames {
    // Words that make the whole a place of its own: "Mexico City", "Hong Kong Island", "Manila Bay".
    private static final Set<String> PLACE_NOUNS = Set.of(
            "city",
            "town",
            "village",
            "island",
            "islands",
            "bay",
            "strip",
            "peninsula",
            "square",
            "province",
            "region",
            "county",
            "district",
            "state",
            "river",
            "sea",
            "gulf",
            "lake",
            "coast",
            "valley",
            "mountains",
            "desert",
            "airport",
            "street",
            "park",
            "bridge",
            "border");

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
        while (end + 1 < tree.size() && continuesName(place, end + 1)) {
            end++;
        }
        boolean named = end > place.last()
                && tree.token(end).isProperNoun()
                && !PLACE_NOUNS.contains(Tree.lower(tree.token(end).word()))
                && headsPlace(place, end)
                && !beforePerson(end)
                && isSource(end);
        return named ? Optional.of(new Found(place.first(), end, MentionType.ORGANISATION, null)) : Optional.empty();
    }

    // The tagger often gives the whole name the place's own tag ("Manila Bulletin" a location), or none.
    private boolean continuesName(Found place, int index) {
        Token token = tree.token(index);
        String lower = Tree.lower(token.word());
        String placeTag = tree.token(place.last()).ner();
        return token.sentence() == tree.token(place.last()).sentence()
                && tree.inArticle(index)
                && (token.ner().equals("O") || token.ner().equals(placeTag))
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

    // Only a source is read so: the subject of a verb, or what "according to" names. A place-led name elsewhere ("the
    // Canadian Open final") is left to the tagger.
    private boolean isSource(int end) {
        String relation = tree.token(end).deprel();
        return relation.startsWith("nsubj")
                || tree.children(end).stream()
                        .anyMatch(c -> Tree.lower(tree.token(c).word()).equals("according"));
    }

    private boolean beforePerson(int end) {
        return end + 1 < tree.size() && tree.token(end + 1).ner().equals("PERSON");
    }
}
