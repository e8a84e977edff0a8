package org.annals.coding;

import java.util.Set;
import org.annals.core.MentionType;

/**
 * A knowledge-base place that is the surname of a person the article names in full ("Paris" after "Valeska Paris"):
 * the person where it is a subject, an object or a possessor ("Paris claims", "Paris's father"), roles a place seldom
 * takes in an article that names a person so; the place where a preposition governs it, a noun takes it as a modifier
 * ("the Paris office") or a comma and its country or state follow it ("Paris, France").
 */
final class PlaceNamedSurnames {
    private static final Set<String> PERSON_ROLES = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss");
    // A possessor's clitic is a case child too; no preposition may stand before the name.
    private static final Set<String> POSSESSIVE_OR_NONE = Set.of("", "'s", "'");

    private final Tree tree;
    private final PlaceContexts placeContexts;

    PlaceNamedSurnames(Tree tree, PlaceContexts placeContexts) {
        this.tree = tree;
        this.placeContexts = placeContexts;
    }

    /** True when the one-word place {@code [index]} is read as the person the article names in full with it. */
    boolean isPersonsSurname(int index, MentionType placeType) {
        return placeType == MentionType.LOCATION
                && tree.token(index).isProperNoun()
                && PERSON_ROLES.contains(tree.token(index).deprel())
                && POSSESSIVE_OR_NONE.contains(tree.preposition(index))
                && !placeContexts.isPlace(index, index)
                && fullNameEndsWith(index);
    }

    // A chunk the tagger called a person, of two words or more, that ends in this word and is not this use of it.
    private boolean fullNameEndsWith(int index) {
        String surname = tree.token(index).word();
        for (int i = 0; i < tree.size(); i++) {
            if (i != index && tree.token(i).word().equals(surname) && endsFullName(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsFullName(int last) {
        boolean personEnd = tree.token(last).ner().equals("PERSON")
                && (last + 1 >= tree.size()
                        || !tree.sameSentence(last, last + 1)
                        || !tree.token(last + 1).ner().equals("PERSON"));
        return personEnd
                && last > 0
                && tree.sameSentence(last - 1, last)
                && tree.token(last - 1).ner().equals("PERSON")
                && tree.inArticle(last);
    }
}
