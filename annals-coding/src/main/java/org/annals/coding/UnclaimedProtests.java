package org.annals.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Anti-government protests continue in Baghdad", "the bill has sparked protests", "the city has been home to
 * protests since June": a protest told by its noun alone, with no organiser, owner or support verb, is still one.
 * Its protesters are the group {@code group:ISO3:protester} of the country it is held in (its place, else the one
 * country the article is about), as "protesters marched" would name them; "anti-government" aims it at that country's
 * government. Created per document.
 */
final class UnclaimedProtests {
    /** Suffix of the rule of a protest coded from its noun alone. */
    static final String RULE = "/unclaimed-protest";
    /** Prefix of the route by which an unclaimed protest's protesters or target were found. */
    static final String ROUTE = "unclaimed-protest:";

    private static final String PROTEST = "PROTEST";
    private static final String PROTESTER = "protester";
    private static final String OPPOSITION_SECTOR = "OPP";
    // "a protest vote", "protest songs": a noun modifying another names a kind of thing, not a protest held.
    private static final Set<String> DESCRIBING_RELATIONS = Set.of("compound", "amod", "nmod:poss");
    // "march", "rally", "boycott" and "strike" have senses that are no protest held ("halted his march", "a market
    // rally", "called for a boycott"); "protest" and "demonstration" in news are protests.
    private static final Set<String> NOUNS = Set.of("protest", "demonstration");
    // "the PlayStation VR demonstration of Batman", "the song purchased during the demonstration": business and
    // technology news show products at demonstrations, so a bare one is a protest only where a protest was told before
    // or the text has named one by then ("clashes with counter-protesters", "demonstrations protesting the shooting").
    private static final String SHOWING = "demonstration";
    private static final String PROTEST_WORD = "protest";
    private static final Set<String> NOT_YET_HELD =
            Set.of("call", "urge", "plan", "threaten", "vow", "promise", "organise", "organize", "announce");
    private static final Set<String> AGAINST_GOVERNMENT = Set.of("anti-government", "antigovernment");

    private final Tree tree;
    private final ActorIndex index;
    private final ImpliedInstitutions implied = new ImpliedInstitutions();
    private final Set<String> told = new HashSet<>();
    private boolean protestTold;
    private final List<Retelling> retellings = new ArrayList<>();

    UnclaimedProtests(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /**
     * Whether the noun stands for a protest held: a protest or demonstration nobody owns, not a kind of thing ("a
     * protest vote"), not asked for or planned ("called for protests"), not denied ("no protests were reported").
     */
    boolean held(int noun, List<EventLexicon.Noun> entries) {
        return !entries.isEmpty()
                && entries.stream().allMatch(entry -> entry.type().equals(PROTEST))
                && NOUNS.contains(Tree.lower(tree.token(noun).lemma()))
                && (!Tree.lower(tree.token(noun).lemma()).equals(SHOWING) || protestTold || protestNamedBy(noun))
                && !DESCRIBING_RELATIONS.contains(tree.token(noun).deprel())
                && tree.children(noun, "nmod:poss").isEmpty()
                && !notYetHeld(noun)
                && !denied(noun)
                && !mannerOfAnotherAct(noun);
    }

    private boolean protestNamedBy(int noun) {
        int sentence = tree.token(noun).sentence();
        for (int i = 0; i < tree.size() && tree.token(i).sentence() <= sentence; i++) {
            if (Tree.lower(tree.token(i).word()).contains(PROTEST_WORD)) {
                return true;
            }
        }
        return false;
    }

    /** Notes an event coded before the nouns still to be read, so that a protest told earlier is known. */
    void noteCoded(Event event) {
        protestTold |= event.type().equals(PROTEST);
    }

    /**
     * The events without an unclaimed protest that a sentence also tells by its protesters ("a million marched ...
     * in protests against the bill"): one happening, told twice.
     */
    static List<Event> withoutRetellings(List<Event> events) {
        // The sentence is the same; the further tellings merged into the dropped one are kept.
        return Retellings.folded(
                events,
                event -> event.rule().contains(RULE)
                        ? Retellings.firstIndex(events, other -> other != event && toldByProtesters(other, event))
                        : OptionalInt.empty());
    }

    private static boolean toldByProtesters(Event other, Event unclaimed) {
        return other.type().equals(PROTEST)
                && !other.rule().contains(RULE)
                && other.evidence().equals(unclaimed.evidence());
    }

    /** Where a protest's place may hang: on its noun, or on the verb it is the subject of ("protests continued in X"). */
    List<Integer> placeHolders(int noun) {
        int governor = tree.head(noun);
        boolean subject = tree.token(noun).deprel().startsWith("nsubj") && governor >= 0 && governor != noun;
        return subject ? List.of(noun, governor) : List.of(noun);
    }

    /** The country a protest is held in: its place's, else the one country the article is about. */
    Optional<String> country(Optional<String> placeCountry) {
        return placeCountry.or(() -> DominantCountry.of(index.document()));
    }

    /** The protesters of the protest's country, a group of the document whether or not a mention named it. */
    Arguments.Found protesters(Optional<String> country, boolean fromPlace) {
        String id = UnnamedPeople.groupId(PROTESTER, country);
        if (index.actor(id).isEmpty()) {
            implied.of(new Institutions.Institution(
                    id, "protesters", ActorKind.GROUP, country.orElse(""), "", OPPOSITION_SECTOR));
        }
        return new Arguments.Found(List.of(id), ROUTE + (fromPlace ? "place" : "article"), true);
    }

    /** "Anti-government protests": the government of the protesters' country, when the article names it. */
    Arguments.Found target(int noun, Optional<String> country) {
        boolean againstGovernment = tree.children(noun).stream().anyMatch(this::antiGovernment);
        if (!againstGovernment || country.isEmpty()) {
            return Arguments.Found.NONE;
        }
        return ProtestedGovernments.governmentOf(index, country.get())
                .map(id -> new Arguments.Found(List.of(id), ROUTE + "anti-government", false))
                .orElse(Arguments.Found.NONE);
    }

    /**
     * Whether a protest with no target of its own retells one coded before: by the same protesters, or by any when it
     * names no place either ("anti-government protests continue in Baghdad ... The protests began in early October").
     * Records it otherwise.
     */
    boolean retold(List<String> protesters, List<String> targets, boolean placed, Span evidence) {
        boolean again =
                targets.isEmpty() && (protesters.stream().anyMatch(told::contains) || !placed && !told.isEmpty());
        if (again) {
            retellings.add(new Retelling(evidence, protesters, placed));
        }
        told.addAll(protesters);
        return again;
    }

    /** The protesters an unclaimed protest implied, by id, before they join the document. */
    Optional<Actor> impliedActor(String id) {
        return implied.find(id);
    }

    /**
     * The events with the sentence of each protest {@link #retold} dropped as a mention of the earlier protest it
     * retells: one by the same protesters, else, for a protest that names no place, the first unclaimed one.
     */
    List<Event> withRetellings(List<Event> events) {
        List<Event> kept = events;
        for (Retelling retelling : retellings) {
            OptionalInt first = Retellings.firstIndex(kept, retelling::bySameProtesters);
            if (first.isEmpty() && !retelling.placed()) {
                first = Retellings.firstIndex(kept, retelling::after);
            }
            kept = Retellings.withMention(kept, first, retelling.evidence());
        }
        return kept;
    }

    private record Retelling(Span evidence, List<String> protesters, boolean placed) {
        boolean after(Event event) {
            return event.type().equals(PROTEST)
                    && event.rule().contains(RULE)
                    && event.evidence().compareTo(evidence) < 0;
        }

        boolean bySameProtesters(Event event) {
            return after(event) && event.sourceIds().stream().anyMatch(protesters::contains);
        }
    }

    /** The document with the protesters its unclaimed protests implied but no mention named. */
    Document withImpliedActors(Document coded) {
        return implied.addedTo(coded);
    }

    // "anti-government" as one token, or split at its hyphen ("anti", "-", "government").
    private boolean antiGovernment(int modifier) {
        String word = Tree.lower(tree.token(modifier).word());
        if (AGAINST_GOVERNMENT.contains(word)) {
            return true;
        }
        return word.equals("government")
                && modifier >= 2
                && tree.token(modifier - 1).word().equals("-")
                && Tree.lower(tree.token(modifier - 2).word()).equals("anti");
    }

    // "resigned in protest at the deal", "walked out in protest": a bare "in protest" tells how the clause's
    // subject did another act, not a protest that unnamed protesters held.
    private boolean mannerOfAnotherAct(int noun) {
        Token token = tree.token(noun);
        int governor = tree.head(noun);
        return token.word().equalsIgnoreCase("protest")
                && tree.hasCase(noun, "in")
                && tree.children(noun, "det").isEmpty()
                && governor >= 0
                && governor != noun
                && tree.token(governor).isVerb();
    }

    private boolean notYetHeld(int noun) {
        int governor = tree.head(noun);
        return governor >= 0
                && governor != noun
                && NOT_YET_HELD.contains(Tree.lower(tree.token(governor).lemma()));
    }

    // "Protests are not reported in Mosul", "no protests were held": the noun or the verb it is the subject of is
    // denied.
    private boolean denied(int noun) {
        int governor = tree.head(noun);
        return ModalityDetector.hasNegator(tree, noun)
                || governor >= 0 && governor != noun && ModalityDetector.hasNegator(tree, governor);
    }
}
