package org.annals.coding;

import java.util.Set;
import org.annals.coding.MentionFinder.Found;

/**
 * Which tagger chunks a word of a person's full name may take back as that person: places and MISC, and since the
 * tagger also calls names of people bodies ("Bloomberg endorsed ..." after "Michael Bloomberg", "La Riva" after
 * "Gloria La Riva"), organisations too, unless a determiner marks a body ("the Ford").
 */
final class NamePartChunks {
    private static final Set<String> BODY_DETERMINERS = Set.of("the", "a", "an");

    private NamePartChunks() {}

    /** True when {@code found}, a chunk of name-part words only, may be read as the person so named. */
    static boolean replaceable(Tree tree, Found found) {
        if (found.entry() != null) {
            return false;
        }
        return switch (found.type()) {
            case LOCATION, MISC -> true;
            case ORGANISATION -> !afterDeterminer(tree, found.first());
            default -> false;
        };
    }

    private static boolean afterDeterminer(Tree tree, int first) {
        return first > 0
                && tree.sameSentence(first - 1, first)
                && BODY_DETERMINERS.contains(Tree.lower(tree.token(first - 1).word()));
    }
}
