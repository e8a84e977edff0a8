package org.annals.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stance cues of {@code stance.tsv}: words and phrases by which a speaker judges an actor ("treats the law with
 * contempt"), offers sympathy ("our prayers are with") or appeals to one ("I count on"), with the event they signal.
 */
public final class StanceLexicon {
    /** The word of a cue that stands for any possessive pronoun: "abuse one's power" is "abused their power". */
    static final String ANY_POSSESSIVE = "one's";

    private static final String FILE = "/org/annals/coding/stance.tsv";
    private static final String EVALUATIONS = "/org/annals/coding/evaluation.tsv";
    private static final Set<String> TYPES = Set.of("ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN");

    /** What an evaluative word of {@code evaluation.tsv} says of whoever it is said of. */
    enum Polarity {
        NEGATIVE("ACCUSE", "criticize"),
        POSITIVE("SUPPORT", "praise"),
        DENIAL("REJECT", "deny");

        private final String type;
        private final String mode;

        Polarity(String type, String mode) {
            this.type = type;
            this.mode = mode;
        }
    }

    /** Where the target of a cue is found. */
    enum Role {
        /** The cue judges what its clause is about: the target is that clause's subject (or object). */
        ABOUT,
        /** The speaker does what the cue says: the target is its complement. */
        ACT
    }

    /** Which tokens a cue's first word may be. */
    enum PartOfSpeech {
        VERB,
        NOUN,
        ADJ,
        ANY;

        boolean accepts(String pos) {
            return switch (this) {
                case VERB -> pos.startsWith("VB");
                case NOUN -> pos.startsWith("NN") && !pos.startsWith("NNP");
                case ADJ -> pos.startsWith("JJ");
                case ANY -> true;
            };
        }
    }

    /**
     * One row: the cue's lemmas, the part of speech of its first word, the event it signals, its role, and the
     * family it comes from: "" for {@code stance.tsv}, "evaluation:POLARITY" for {@code evaluation.tsv}.
     */
    record Cue(List<String> lemmas, PartOfSpeech pos, String type, String mode, Role role, String family) {
        Cue(List<String> lemmas, PartOfSpeech pos, String type, String mode, Role role) {
            this(lemmas, pos, type, mode, role, "");
        }

        String text() {
            return String.join(" ", lemmas);
        }

        /** Whether the cue is an evaluative word, said only of what a clause predicates. */
        boolean evaluation() {
            return !family.isEmpty();
        }

        /** The rule suffix that names the route: "+evaluation:negative", or "" for a stance cue. */
        String suffix() {
            return family.isEmpty() ? "" : "+" + family;
        }

        /**
         * What the cue says when negated: "not wise" is a criticism, "not a disgrace" says nothing. Only positive
         * evaluations turn round.
         */
        Optional<Cue> negated() {
            return family.equals("evaluation:positive")
                    ? Optional.of(new Cue(
                            lemmas,
                            pos,
                            Polarity.NEGATIVE.type,
                            Polarity.NEGATIVE.mode,
                            role,
                            "evaluation:negated-positive"))
                    : Optional.empty();
        }
    }

    private final List<Cue> cues;

    StanceLexicon(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The shipped lexicon; fails naming the valid values when a row has an unknown type, role or part of speech. */
    public static StanceLexicon standard(Set<String> ontologyTypes) {
        List<Cue> cues = new ArrayList<>(fromRows(Tsv.read(FILE, 5), ontologyTypes).cues);
        cues.addAll(evaluations(Tsv.read(EVALUATIONS, 3)));
        return new StanceLexicon(cues);
    }

    /** Rows {@code word, part of speech, polarity}: a judgement of what the clause is about, by polarity. */
    static List<Cue> evaluations(List<String[]> rows) {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : rows) {
            Polarity polarity = option(Polarity.class, row[2], "evaluation polarity");
            cues.add(new Cue(
                    Arrays.asList(row[0].toLowerCase(Locale.ROOT).split(" +")),
                    option(PartOfSpeech.class, row[1], "part of speech"),
                    polarity.type,
                    polarity.mode,
                    Role.ABOUT,
                    "evaluation:" + polarity.name().toLowerCase(Locale.ROOT)));
        }
        return cues;
    }

    static StanceLexicon fromRows(List<String[]> rows, Set<String> ontologyTypes) {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : rows) {
            cues.add(new Cue(
                    Arrays.asList(row[0].toLowerCase(Locale.ROOT).split(" +")),
                    option(PartOfSpeech.class, row[1], "part of speech"),
                    type(row[2], ontologyTypes),
                    row[3],
                    option(Role.class, row[4], "role")));
        }
        return new StanceLexicon(cues);
    }

    private static String type(String type, Set<String> ontologyTypes) {
        if (!TYPES.contains(type) || !ontologyTypes.contains(type)) {
            throw new IllegalStateException("stance.tsv: type '" + type + "' is not a stance type; valid types: "
                    + String.join(", ", new TreeSet<>(TYPES)));
        }
        return type;
    }

    private static <E extends Enum<E>> E option(Class<E> options, String value, String what) {
        for (E option : options.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value)) {
                return option;
            }
        }
        List<String> valid = Arrays.stream(options.getEnumConstants())
                .map(o -> o.name().toLowerCase(Locale.ROOT))
                .toList();
        throw new IllegalStateException("stance.tsv/evaluation.tsv: " + what + " '" + value
                + "' is unknown; valid values: " + String.join(", ", valid));
    }

    /** The cues whose words start at {@code first}, longest first, given the lower-case lemmas that follow it. */
    List<Cue> startingWith(List<String> lemmas, String pos) {
        return cues.stream()
                .filter(c -> c.pos().accepts(pos))
                .filter(c -> c.lemmas().size() <= lemmas.size()
                        && c.lemmas().equals(lemmas.subList(0, c.lemmas().size())))
                .sorted((a, b) -> b.lemmas().size() - a.lemmas().size())
                .toList();
    }
}
