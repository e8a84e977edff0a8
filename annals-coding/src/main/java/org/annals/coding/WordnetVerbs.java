package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verbs of wordnet-verbs.tsv: WordNet synonyms and troponyms of listed verbs, generated from WordNet 3.1, each
 * coding like the listed verb whose row it inherits, unless verbs.tsv lists it itself or wordnet-exclusions.tsv
 * rejects the pair (docs/lexicon.md).
 */
final class WordnetVerbs {
    static final String GENERATED = "wordnet-verbs.tsv";
    static final String EXCLUSIONS = "wordnet-exclusions.tsv";
    /** In wordnet-exclusions.tsv, a lemma or source standing for any. */
    static final String ANY = "*";

    private static final Set<String> RELATIONS = Set.of("synonym", "troponym");

    /** A generated verb and the listed verb whose row it inherits. */
    record Link(String lemma, String source, String relation) {
        /** The provenance the event's rule shows: "wordnet:synonym-of:condemn". */
        String origin() {
            return "wordnet:" + relation + "-of:" + source;
        }
    }

    private WordnetVerbs() {}

    /** The links of the shipped files, rejected pairs left out. */
    static List<Link> standard(String dir) {
        return links(Tsv.read(dir + GENERATED, 3), Tsv.read(dir + EXCLUSIONS, 3));
    }

    static List<Link> links(List<String[]> generated, List<String[]> exclusions) {
        return generated.stream()
                .map(row -> new Link(row[0], row[1], row[2]))
                .peek(WordnetVerbs::check)
                .filter(link -> exclusions.stream().noneMatch(row -> rejects(row, link)))
                .toList();
    }

    /** The verbs the links add to {@code listed}: a listed verb keeps its own row. */
    static Map<String, EventLexicon.Verb> inherited(Map<String, EventLexicon.Verb> listed, List<Link> links) {
        Map<String, EventLexicon.Verb> added = new HashMap<>();
        for (Link link : links) {
            EventLexicon.Verb source = listed.get(link.source());
            if (source == null) {
                throw new IllegalStateException(GENERATED + ": '" + link.lemma() + "' inherits from '" + link.source()
                        + "', which verbs.tsv no longer lists; generate the file again");
            }
            if (!listed.containsKey(link.lemma())) {
                EventLexicon.Verb inherited = source.inheritedBy(link.lemma(), link.origin());
                added.put(link.lemma(), withActorTarget(inherited));
            }
        }
        return added;
    }

    // A generated verb codes only with an actor target: the "-" and "~SPEC" marks that let a listed verb go without
    // one ("vetoed the bill") let its WordNet kin code other senses ("prohibited travel", "executed the plan").
    private static EventLexicon.Verb withActorTarget(EventLexicon.Verb verb) {
        List<String> targets = verb.targets().stream()
                .filter(t -> !t.equals("-") && !t.startsWith("~"))
                .toList();
        return new EventLexicon.Verb(verb.lemma(), verb.type(), verb.mode(), targets, verb.symmetric(), verb.origin());
    }

    private static void check(Link link) {
        if (!RELATIONS.contains(link.relation())) {
            throw new IllegalStateException(GENERATED + ": unknown relation '" + link.relation() + "' of '"
                    + link.lemma() + "'; valid: " + RELATIONS);
        }
    }

    private static boolean rejects(String[] exclusion, Link link) {
        return matches(exclusion[0], link.lemma()) && matches(exclusion[1], link.source());
    }

    private static boolean matches(String cell, String value) {
        return cell.equals(ANY) || cell.equals(value);
    }
}
