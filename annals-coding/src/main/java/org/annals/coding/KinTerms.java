package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;

/**
 * "His sister", "her husband" (kin-terms.tsv) name the person the article links to the possessor by that relation:
 * "Ali's sister, Sara Khan", "Sara Khan, the sister of Ali", "her brother Omar". An event whose participant is such a
 * kin noun, told without a name, takes that person, with the possessive resolved to the other party; only when
 * exactly one person is so linked. Created per document.
 */
final class KinTerms {
    private static final String FILE = "/org/annals/coding/kin-terms.tsv";
    private static final Map<String, Term> TERMS = load();
    private static final Set<String> NAMED_BY_HEAD = Set.of("compound", "appos");
    // Without a comma the parser hangs the name on the kin noun as a bare dependent: "her brother Musa Yusuf".
    private static final Set<String> NAME_AFTER = Set.of("appos", "dep");

    /** A kin noun and the relation it tells, seen from either party. */
    private record Term(String noun, String relation, String inverse) {}

    /** The text tells that {@code person} is the {@code noun} of {@code of}. */
    private record Kin(String person, Term term, String of) {}

    private final Tree tree;
    private final ActorIndex index;
    private final List<Kin> kin = new ArrayList<>();

    KinTerms(Document document, Tree tree) {
        this.tree = tree;
        this.index = new ActorIndex(document);
        for (int i = 0; i < tree.size(); i++) {
            told(i).ifPresent(kin::add);
        }
    }

    private static Map<String, Term> load() {
        Map<String, Term> terms = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 3)) {
            if (terms.put(row[0], new Term(row[0], row[1], row[2])) != null) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice");
            }
        }
        return Map.copyOf(terms);
    }

    /** The events with each unnamed kin participant read as the one person the article links by that relation. */
    List<Event> complete(List<Event> events) {
        return EventCompletion.each(events, this::resolved);
    }

    private Event resolved(Event event) {
        Event result = event;
        for (int i = 0; i < tree.size(); i++) {
            Optional<Term> term = event.evidence().contains(tree.token(i).span()) ? termAt(i) : Optional.empty();
            int noun = i;
            Optional<String> participant = term.filter(t -> named(noun).isEmpty())
                    .flatMap(t -> index.actorAt(tree.token(noun)))
                    .filter(p -> EventCompletion.participates(event, p) && index.unnamedGroup(p));
            Optional<Integer> possessor = possessor(noun);
            if (participant.isPresent() && possessor.isPresent()) {
                Optional<String> of = index.actorAt(tree.token(possessor.get()));
                Set<String> candidates = linked(term.get(), of);
                candidates.remove(participant.get());
                if (candidates.size() == 1) {
                    String person = candidates.iterator().next();
                    result = EventCompletion.replaced(
                            result,
                            participant.get(),
                            person,
                            "kin:" + term.get().noun());
                }
            }
        }
        return result;
    }

    // With the possessive unresolved, any one person the article calls someone's sister is the only reading left.
    private Set<String> linked(Term term, Optional<String> of) {
        Set<String> persons = new LinkedHashSet<>();
        for (Kin k : kin) {
            boolean direct = k.term().equals(term) && of.map(k.of()::equals).orElse(true);
            boolean inverse = of.isPresent()
                    && k.person().equals(of.get())
                    && k.term().relation().equals(term.inverse());
            if (direct) {
                persons.add(k.person());
            } else if (inverse) {
                persons.add(k.of());
            }
        }
        of.ifPresent(persons::remove);
        return persons;
    }

    private Optional<Kin> told(int noun) {
        Optional<Term> term = termAt(noun);
        Optional<Integer> named = named(noun);
        if (term.isEmpty() || named.isEmpty() || !tree.inArticle(noun)) {
            return Optional.empty();
        }
        Optional<Integer> possessor = possessor(noun)
                .or(() -> tree.token(noun).deprel().equals("compound") ? possessor(named.get()) : Optional.empty());
        Optional<String> person = index.actorAt(tree.token(named.get())).filter(id -> index.actor(id)
                .filter(a -> a.kind() == ActorKind.PERSON)
                .isPresent());
        Optional<String> of = possessor.flatMap(this::actorOrNamed);
        if (person.isEmpty() || of.isEmpty() || person.equals(of)) {
            return Optional.empty();
        }
        return Optional.of(new Kin(person.get(), term.get(), of.get()));
    }

    // "the brother of the singer Mara Lind": the possessor is a title told with the name that stands for it.
    private Optional<String> actorOrNamed(int possessor) {
        return index.actorAt(tree.token(possessor))
                .or(() -> named(possessor).flatMap(name -> index.actorAt(tree.token(name))));
    }

    private Optional<Term> termAt(int token) {
        boolean singular = !tree.token(token).pos().endsWith("S");
        return singular && tree.token(token).isNoun()
                ? Optional.ofNullable(TERMS.get(Tree.lower(tree.token(token).lemma())))
                : Optional.empty();
    }

    // The name the kin noun is told with: "her brother Omar" (compound, or the name as a dependent), "Sara Khan, the
    // sister of Ali" (appos of the name), "Ali's sister, Sara Khan" (the name in apposition).
    private Optional<Integer> named(int noun) {
        int head = tree.head(noun);
        if (head >= 0
                && NAMED_BY_HEAD.contains(tree.token(noun).deprel())
                && tree.token(head).isProperNoun()) {
            return Optional.of(head);
        }
        return tree.children(noun).stream()
                .filter(c -> NAME_AFTER.contains(tree.token(c).deprel())
                        && tree.token(c).isProperNoun())
                .findFirst();
    }

    // "her sister", "Ali's sister", "the sister of Ali".
    private Optional<Integer> possessor(int noun) {
        return tree.children(noun, "nmod:poss").stream().findFirst().or(() -> tree.children(noun, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("of"))
                .findFirst());
    }
}
