package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event vocabulary of verbs.tsv (with the verbs of wordnet-verbs.tsv that inherit its rows), nouns.tsv and
 * ontology.tsv (see docs/lexicon.md); immutable once loaded.
 */
public final class EventLexicon {
    private static final String DIR = "/org/annals/coding/";

    /**
     * A verb that codes an event; {@code targets} are dependent specs such as "obj" or "obl:with". {@code origin} is
     * empty for a listed verb and names the listed verb a generated one inherits from ("wordnet:synonym-of:condemn").
     */
    public record Verb(String lemma, String type, String mode, List<String> targets, boolean symmetric, String origin) {
        public Verb(String lemma, String type, String mode, List<String> targets, boolean symmetric) {
            this(lemma, type, mode, targets, symmetric, "");
        }

        /** This verb's row under another lemma, which came to it by {@code origin}. */
        public Verb inheritedBy(String otherLemma, String otherOrigin) {
            return new Verb(otherLemma, type, mode, targets, symmetric, otherOrigin);
        }

        /** The lemma, with its origin when generated: "decry(wordnet:synonym-of:condemn)". */
        public String trigger() {
            return origin.isEmpty() ? lemma : lemma + "(" + origin + ")";
        }
    }

    /** A noun that codes an event through a support verb ("reach a deal"), or alone when {@code bare}. */
    public record Noun(
            String lemma,
            String type,
            String mode,
            Set<String> supportVerbs,
            boolean bare,
            List<String> targets,
            boolean symmetric) {}

    /** A PLOVER type with its CAMEO root, quad class and Goldstein-style intensity. */
    public record EventType(String type, String cameo, int quadClass, double intensity, String definition) {}

    private final Map<String, Verb> verbs = new HashMap<>();
    private final Map<String, List<Noun>> nouns = new HashMap<>();
    private final Map<String, EventType> types = new HashMap<>();

    private EventLexicon() {}

    public static EventLexicon standard() {
        EventLexicon lexicon = new EventLexicon();
        for (String[] row : Tsv.read(DIR + "ontology.tsv", 5)) {
            lexicon.types.put(
                    row[0],
                    new EventType(row[0], row[1], Integer.parseInt(row[2]), Double.parseDouble(row[3]), row[4]));
        }
        for (String[] row : Tsv.read(DIR + "verbs.tsv", 5)) {
            lexicon.checkType(row[1], "verbs.tsv");
            Verb previous = lexicon.verbs.put(row[0], new Verb(row[0], row[1], row[2], Tsv.list(row[3]), yes(row[4])));
            if (previous != null) {
                throw new IllegalStateException("verbs.tsv lists '" + row[0] + "' twice; a verb may appear once");
            }
        }
        lexicon.verbs.putAll(WordnetVerbs.inherited(lexicon.verbs, WordnetVerbs.standard(DIR)));
        for (String[] row : Tsv.read(DIR + "nouns.tsv", 6)) {
            lexicon.checkType(row[1], "nouns.tsv");
            List<String> supports = Tsv.list(row[3]);
            Set<String> verbsOnly =
                    supports.stream().filter(s -> !s.equals("-")).collect(java.util.stream.Collectors.toSet());
            lexicon.nouns
                    .computeIfAbsent(row[0], k -> new java.util.ArrayList<>())
                    .add(new Noun(
                            row[0], row[1], row[2], verbsOnly, supports.contains("-"), Tsv.list(row[4]), yes(row[5])));
        }
        return lexicon;
    }

    private static boolean yes(String cell) {
        return cell.toLowerCase(Locale.ROOT).equals("yes");
    }

    private void checkType(String type, String file) {
        if (!types.containsKey(type)) {
            throw new IllegalStateException(file + " uses type '" + type + "' missing from ontology.tsv; valid types: "
                    + String.join(", ", new java.util.TreeSet<>(types.keySet())));
        }
    }

    public Optional<Verb> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** The first row for the noun; {@link #nouns} gives all of them. */
    public Optional<Noun> noun(String lemma) {
        return nouns(lemma).stream().findFirst();
    }

    /** All rows for the noun, in file order; rows differ by support verbs ("impose" or "lift" sanctions). */
    public List<Noun> nouns(String lemma) {
        return List.copyOf(nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()));
    }

    public EventType type(String type) {
        EventType found = types.get(type);
        if (found == null) {
            throw new IllegalArgumentException("unknown event type '" + type + "'; valid types: "
                    + String.join(", ", new java.util.TreeSet<>(types.keySet())));
        }
        return found;
    }

    public Set<String> types() {
        return Set.copyOf(types.keySet());
    }
}
