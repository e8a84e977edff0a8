package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The institution that does a legal act told without its agent (legal-agents.tsv): a conviction, a jailing or a
 * remand in custody is the court's, a charge the prosecution's. Keyed by event type, mode and trigger lemma, since
 * one mode holds acts of both ("remanded in custody" and "detained" are both arrests).
 */
final class LegalAgents {
    static final String JUDICIARY = "judiciary";
    static final String PROSECUTION = "prosecution";

    private static final String FILE = "/org/annals/coding/legal-agents.tsv";
    private static final String ANY = "*";
    private static final String NONE = "-";
    private static final Set<String> INSTITUTIONS = Set.of(JUDICIARY, PROSECUTION, NONE);

    private final Map<String, String> institutions;

    private LegalAgents(Map<String, String> institutions) {
        this.institutions = Map.copyOf(institutions);
    }

    /** The shipped list; fails naming the valid values when a row names an unknown type or institution. */
    static LegalAgents standard(Set<String> ontologyTypes) {
        return fromRows(Tsv.read(FILE, 4), ontologyTypes);
    }

    static LegalAgents fromRows(List<String[]> rows, Set<String> ontologyTypes) {
        Map<String, String> institutions = new HashMap<>();
        for (String[] row : rows) {
            if (!ontologyTypes.contains(row[0])) {
                throw new IllegalStateException(
                        FILE + ": unknown event type '" + row[0] + "'; valid types: " + new TreeSet<>(ontologyTypes));
            }
            if (!INSTITUTIONS.contains(row[3])) {
                throw new IllegalStateException(FILE + ": unknown institution '" + row[3] + "' for " + row[0] + " "
                        + row[1] + "; valid: " + new TreeSet<>(INSTITUTIONS));
            }
            if (institutions.put(key(row[0], row[1], row[2]), row[3]) != null) {
                throw new IllegalStateException(FILE + ": " + String.join(" ", row) + " is listed twice");
            }
        }
        return new LegalAgents(institutions);
    }

    /**
     * The institution ("judiciary" or "prosecution") that does an act of this type, mode and trigger, if any; none
     * for a trigger listed with "-", whose agent may be another body ("held in contempt" by a legislature).
     */
    Optional<String> institution(String type, String mode, String triggerLemma) {
        return Optional.ofNullable(institutions.get(key(type, mode, triggerLemma)))
                .or(() -> Optional.ofNullable(institutions.get(key(type, mode, ANY))))
                .filter(institution -> !institution.equals(NONE));
    }

    private static String key(String type, String mode, String trigger) {
        return type + "|" + mode + "|" + Tree.lower(trigger);
    }
}
