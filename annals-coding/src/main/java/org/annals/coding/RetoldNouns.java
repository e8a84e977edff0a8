package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event nouns of {@code retold-nouns.tsv} that may stand for an act the article told before ("the meeting",
 * "the talks", "the attack"), each with the type and the modes of the earlier telling it may retell.
 */
final class RetoldNouns {
    private static final String FILE = "/org/annals/coding/retold-nouns.tsv";
    private static final String ANY_MODE = "*";
    private static final String NO_MODE = "-";
    private static final String OWN_FRAME = "-";

    /**
     * One noun: the type it tells, the modes it may retell (empty for any), whether its plural is one act, and the
     * noun of nouns.tsv whose support verbs it shares (itself, unless it only retells and codes nothing).
     */
    record Noun(String lemma, String type, Set<String> modes, boolean pluralIsOne, String frame) {
        /** Whether an earlier event of this type and mode is an act this noun may stand for. */
        boolean retells(String eventType, String eventMode) {
            return type.equals(eventType) && (modes.isEmpty() || modes.contains(eventMode));
        }
    }

    private final Map<String, Noun> nouns;

    private RetoldNouns(Map<String, Noun> nouns) {
        this.nouns = Map.copyOf(nouns);
    }

    /** The shipped list; fails when a row names a noun that nouns.tsv does not code with that type. */
    static RetoldNouns standard(EventLexicon lexicon) {
        return fromRows(Tsv.read(FILE, 5), lexicon);
    }

    static RetoldNouns fromRows(List<String[]> rows, EventLexicon lexicon) {
        Map<String, Noun> nouns = new HashMap<>();
        for (String[] row : rows) {
            String lemma = row[0];
            String type = row[1];
            String frame = frame(lemma, type, row[4], lexicon);
            Set<String> modes = row[2].equals(ANY_MODE) ? Set.of() : modes(row[2]);
            if (nouns.put(lemma, new Noun(lemma, type, modes, yes(row[3]), frame)) != null) {
                throw new IllegalStateException(FILE + ": '" + lemma + "' is listed twice");
            }
        }
        return new RetoldNouns(nouns);
    }

    // A noun coded by nouns.tsv frames itself ("-"); one that only retells ("the gathering") borrows the support
    // verbs of a coded noun of its type and must not be coded itself, or it would be both a new act and a retelling.
    private static String frame(String lemma, String type, String cell, EventLexicon lexicon) {
        boolean coded = codes(lexicon, lemma, type);
        if (cell.equals(OWN_FRAME)) {
            if (!coded) {
                throw new IllegalStateException(
                        FILE + ": '" + lemma + "' is no " + type + " noun of nouns.tsv; list it there first");
            }
            return lemma;
        }
        if (coded) {
            throw new IllegalStateException(
                    FILE + ": '" + lemma + "' is a " + type + " noun of nouns.tsv; its frame is '-'");
        }
        if (!codes(lexicon, cell, type)) {
            throw new IllegalStateException(
                    FILE + ": '" + lemma + "' borrows the frame of '" + cell + "', no " + type + " noun of nouns.tsv");
        }
        return cell;
    }

    private static boolean codes(EventLexicon lexicon, String lemma, String type) {
        return lexicon.nouns(lemma).stream().anyMatch(n -> n.type().equals(type));
    }

    // "-" stands for the empty mode of a bare verb ("agreed").
    private static Set<String> modes(String cell) {
        return Set.copyOf(Tsv.list(cell).stream()
                .map(mode -> mode.equals(NO_MODE) ? "" : mode)
                .toList());
    }

    private static boolean yes(String cell) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException(FILE + ": expected yes or no, got '" + cell + "'");
        };
    }

    /** The entry for a noun lemma, if it is one. */
    Optional<Noun> noun(String lemma) {
        return Optional.ofNullable(nouns.get(Tree.lower(lemma)));
    }
}
