package org.annals.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Support given in kind is aid, not a stance: "the Coalition supports the SDF through training and airstrikes",
 * "backed the rebels with weapons", "started supporting the government ..., providing airstrikes"; and advice given
 * together with help is aid too: "U.S. forces are advising and assisting the SDF" (advice alone, "advised citizens to
 * leave", stays a request). The means are the nouns of material-means.tsv; the aid verbs are verbs.tsv's AID rows.
 * Support of an armed force is military aid too, means named or not ({@link ArmedSupport}).
 */
final class MaterialSupport {
    private static final String AID = "AID";
    private static final String FILE = "/org/annals/coding/material-means.tsv";
    private static final Map<String, String> MEANS = Tsv.pairs(FILE);
    // Verbs whose own sense is a stance or a request and that tell aid when their means or their partner verb is aid.
    private static final Set<String> SUPPORT_VERBS = Set.of("support", "back");
    private static final String ADVISE = "advise";
    private static final Set<String> MEANS_PREPOSITIONS = Set.of("through", "with");
    // "..., providing airstrikes": a participle that hands over the means.
    private static final Set<String> GIVING_VERBS = Set.of("provide", "give", "supply", "send", "deliver");
    // The parser often hangs such a participle loosely ("dep") on the verb after a comma.
    private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "xcomp", "conj", "dep");

    private static final String MILITARY = "military";

    private final Tree tree;
    private final EventLexicon lexicon;
    private final ArmedSupport armedSupport;

    MaterialSupport(Tree tree, EventLexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
        this.armedSupport = new ArmedSupport(tree);
    }

    /** The aid sense of a support or advice verb, when its means or the verb it is coordinated with is aid. */
    Optional<EventLexicon.Verb> of(int verb) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        if (SUPPORT_VERBS.contains(lemma)) {
            return meansOf(verb)
                    .map(mode -> aid(lemma + " with means", mode))
                    .or(() -> armedSupport.aidsArmedForce(verb)
                            ? Optional.of(aid(lemma + " of an armed force", MILITARY))
                            : Optional.empty());
        }
        return lemma.equals(ADVISE)
                ? coordinatedAid(verb).map(mode -> aid("advise and assist", mode))
                : Optional.empty();
    }

    private static EventLexicon.Verb aid(String lemma, String mode) {
        return new EventLexicon.Verb(lemma, AID, mode, List.of("obj"), false);
    }

    // "through training", "with weapons", or a participle of giving whose object is a means.
    private Optional<String> meansOf(int verb) {
        Stream<Integer> instruments =
                tree.children(verb, "obl").stream().filter(c -> MEANS_PREPOSITIONS.contains(tree.preposition(c)));
        Stream<Integer> given = clauses(verb)
                .filter(c -> GIVING_VERBS.contains(Tree.lower(tree.token(c).lemma())))
                .flatMap(c -> tree.children(c, "obj").stream());
        return Stream.concat(instruments, given)
                .flatMap(this::withConjuncts)
                .map(this::meansMode)
                .filter(mode -> mode != null)
                .findFirst();
    }

    // The verb's own participle clauses, and those of the verb it completes ("started supporting X, providing Y").
    private Stream<Integer> clauses(int verb) {
        int governor = tree.token(verb).deprel().equals("xcomp") ? tree.head(verb) : -1;
        Stream<Integer> own = tree.children(verb).stream();
        Stream<Integer> governors = governor >= 0 ? tree.children(governor).stream() : Stream.empty();
        return Stream.concat(own, governors)
                .filter(c -> c != verb
                        && CLAUSE_RELATIONS.contains(tree.token(c).deprel())
                        && tree.token(c).isVerb());
    }

    // A means by its lemma, or by its compound and lemma as a listed phrase ("air strikes": "air strike").
    private String meansMode(int noun) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        return tree.children(noun, "compound").stream()
                .map(c -> MEANS.get(Tree.lower(tree.token(c).lemma()) + " " + lemma))
                .filter(mode -> mode != null)
                .findFirst()
                .orElse(MEANS.get(lemma));
    }

    private Stream<Integer> withConjuncts(int noun) {
        return Stream.concat(Stream.of(noun), tree.children(noun, "conj").stream());
    }

    // "advising and assisting the SDF", "assist and advise": the aid verb's mode ("" when it has none).
    private Optional<String> coordinatedAid(int verb) {
        Stream<Integer> partners = Stream.concat(tree.children(verb, "conj").stream(), conjunctHead(verb));
        return partners.map(p -> lexicon.verb(tree.token(p).lemma()))
                .flatMap(Optional::stream)
                .filter(v -> v.type().equals(AID))
                .map(EventLexicon.Verb::mode)
                .findFirst();
    }

    private Stream<Integer> conjunctHead(int verb) {
        return tree.token(verb).deprel().equals("conj") ? Stream.of(tree.head(verb)) : Stream.empty();
    }
}
