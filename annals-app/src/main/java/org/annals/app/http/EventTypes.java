package org.annals.app.http;

import java.util.List;
import java.util.TreeSet;
import org.annals.coding.EventLexicon;

/**
 * The PLOVER types of the coder's ontology (annals-coding's ontology.tsv) and whether each is cooperation (quad
 * classes 1 and 2: verbal and material cooperation) or conflict (3 and 4).
 */
final class EventTypes {
    private final EventLexicon lexicon;

    EventTypes(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static EventTypes standard() {
        return new EventTypes(EventLexicon.standard());
    }

    List<String> names() {
        return List.copyOf(new TreeSet<>(lexicon.types()));
    }

    /** Cooperation, conflict, or neither for a type the ontology does not know. */
    Side side(String type) {
        if (!lexicon.types().contains(type)) {
            return Side.UNCLASSIFIED;
        }
        return lexicon.type(type).quadClass() <= 2 ? Side.COOPERATION : Side.CONFLICT;
    }

    /** Which side of the cooperation–conflict scale a type is on. */
    enum Side {
        COOPERATION,
        CONFLICT,
        UNCLASSIFIED
    }
}
