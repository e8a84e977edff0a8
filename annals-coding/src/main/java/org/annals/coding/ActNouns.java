package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.Token;

/**
 * The nouns of {@code acts.tsv} that name an act or a measure rather than an actor ("the shelling", "the move",
 * "the bill"), with the verbs that tell the same act and the event types the noun implies.
 */
final class ActNouns {
    private static final String FILE = "/org/annals/coding/acts.tsv";
    private static final String NONE = "-";
    private static final String ANY = "*";

    /** One act noun: the verbs telling the same act, the types it implies, and whether any act told last will do. */
    record Act(String lemma, Set<String> verbs, Set<String> types, boolean anyType) {
        /** Whether an event with this trigger lemma and type tells the act this noun names. */
        boolean toldBy(String triggerLemma, String type) {
            return anyType || lemma.equals(triggerLemma) || verbs.contains(triggerLemma) || types.contains(type);
        }
    }

    private final Map<String, Act> acts;

    private ActNouns(Map<String, Act> acts) {
        this.acts = Map.copyOf(acts);
    }

    /** The shipped list; fails naming the valid types when a row implies a type the ontology lacks. */
    static ActNouns standard(Set<String> ontologyTypes) {
        return fromRows(Tsv.read(FILE, 3), ontologyTypes);
    }

    static ActNouns fromRows(List<String[]> rows, Set<String> ontologyTypes) {
        Map<String, Act> acts = new HashMap<>();
        for (String[] row : rows) {
            List<String> types = cell(row[2]);
            boolean any = types.equals(List.of(ANY));
            for (String type : any ? List.<String>of() : types) {
                if (!ontologyTypes.contains(type)) {
                    throw new IllegalStateException(FILE + ": unknown event type '" + type + "' for '" + row[0]
                            + "'; valid types: " + new TreeSet<>(ontologyTypes) + ", '*' or '-'");
                }
            }
            if (acts.put(row[0], new Act(row[0], Set.copyOf(cell(row[1])), Set.copyOf(any ? List.of() : types), any))
                    != null) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice");
            }
        }
        return new ActNouns(acts);
    }

    private static List<String> cell(String cell) {
        return cell.equals(NONE) ? List.of() : Tsv.list(cell);
    }

    /** The act a noun lemma names, if it names one. */
    Optional<Act> act(String lemma) {
        return Optional.ofNullable(acts.get(Tree.lower(lemma)));
    }

    /**
     * The act a token names: a noun by its lemma, and a gerund by its form, since the tagger often takes "the
     * stabbing" or "the shooting" for one.
     */
    Optional<Act> actAt(Token token) {
        return act(token.lemma()).or(() -> token.pos().equals("VBG") ? act(token.word()) : Optional.empty());
    }
}
