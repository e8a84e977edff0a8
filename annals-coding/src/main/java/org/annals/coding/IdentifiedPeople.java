package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;

/**
 * "A 25-year-old man was arrested ... detained the man, later identified as Khairi Saadallah": one person told by a
 * singular noun is the person the article identifies under that noun ("the man, identified as X", "the seaman was
 * identified as X", "a prisoner, suspected to be X"), when it identifies exactly one person so. Crime and accident
 * reports name the suspect or the victim once and then by the noun. Created per document.
 */
final class IdentifiedPeople {
    /** Route suffix of an event whose group was replaced by the person identified under its noun. */
    static final String ROUTE = "+identified-person";

    // Verbs that give a description its name with "as" ("identified as", "named as") or as their object ("named X").
    private static final Set<String> NAMING = Set.of("identify", "name");
    // Verbs that say a description is probably someone ("suspected to be X", "believed to be X").
    private static final Set<String> BELIEVING = Set.of("suspect", "believe");
    private static final String SINGULAR_NOUN = "NN";

    /** The article identifies {@code person} under the singular noun {@code noun}. */
    private record Identification(String noun, String person) {}

    private final Tree tree;
    private final ActorIndex index;
    private final List<Identification> identifications = new ArrayList<>();

    IdentifiedPeople(Document document, Tree tree) {
        this.tree = tree;
        this.index = new ActorIndex(document);
        for (int verb = 0; verb < tree.size(); verb++) {
            Optional<Integer> noun = tree.inArticle(verb) ? describedBy(verb) : Optional.empty();
            Optional<String> person = noun.isPresent() ? person(verb) : Optional.empty();
            if (person.isPresent()) {
                identifications.add(new Identification(lemma(noun.get()), person.get()));
            }
        }
    }

    /** The events with each singular group read as the one person the article identifies under its noun. */
    List<Event> complete(List<Event> events) {
        return EventCompletion.each(events, this::resolved);
    }

    private Event resolved(Event event) {
        Event result = event;
        for (int i = 0; i < tree.size(); i++) {
            if (!event.evidence().contains(tree.token(i).span())
                    || !tree.token(i).pos().equals(SINGULAR_NOUN)) {
                continue;
            }
            int noun = i;
            Optional<String> group = index.actorAt(tree.token(noun))
                    .filter(g -> EventCompletion.participates(event, g) && index.unnamedGroup(g));
            Set<String> people = new LinkedHashSet<>();
            identifications.stream().filter(n -> n.noun().equals(lemma(noun))).forEach(n -> people.add(n.person()));
            if (group.isPresent() && people.size() == 1) {
                result = replaced(result, group.get(), people.iterator().next());
            }
        }
        return result;
    }

    // The singular noun an identifying verb is said of: the noun it hangs on ("the attacker, identified as X"), its
    // passive subject ("the seaman was identified as X"), or the noun just before the comma that sets it off, where the
    // parser hangs the participle on the clause ("detained the man, later identified as X").
    private Optional<Integer> describedBy(int verb) {
        String lemma = lemma(verb);
        if (!tree.token(verb).isVerb() || !(NAMING.contains(lemma) || BELIEVING.contains(lemma))) {
            return Optional.empty();
        }
        int head = tree.head(verb);
        if (tree.token(verb).deprel().equals("acl") && head >= 0 && singular(head)) {
            return Optional.of(head);
        }
        Optional<Integer> subject = tree.children(verb, "nsubj:pass").stream().findFirst();
        if (subject.isPresent()) {
            return subject.filter(this::singular);
        }
        int before = verb - 1;
        if (before > 0 && tree.token(before).pos().startsWith("RB")) {
            before--;
        }
        boolean setOff = before > 0
                && tree.token(before).word().equals(",")
                && tree.sameSentence(before - 1, verb)
                && tree.token(verb).pos().equals("VBN");
        return setOff && singular(before - 1) ? Optional.of(before - 1) : Optional.empty();
    }

    private boolean singular(int token) {
        return tree.token(token).pos().equals(SINGULAR_NOUN);
    }

    private Optional<String> person(int verb) {
        return names(verb).stream()
                .map(name -> index.actorAt(tree.token(name)))
                .flatMap(Optional::stream)
                .filter(id ->
                        index.actor(id).map(a -> a.kind() == ActorKind.PERSON).orElse(false))
                .findFirst();
    }

    private List<Integer> names(int verb) {
        String lemma = lemma(verb);
        List<Integer> names = new ArrayList<>();
        for (int child : tree.children(verb)) {
            String relation = tree.token(child).deprel();
            boolean asPhrase = NAMING.contains(lemma)
                    && relation.equals("obl")
                    && tree.preposition(child).equals("as");
            boolean named = lemma.equals("name") && Set.of("obj", "xcomp").contains(relation);
            boolean probably = BELIEVING.contains(lemma)
                    && relation.equals("xcomp")
                    && !tree.children(child, "cop").isEmpty();
            if (asPhrase || named || probably) {
                names.add(child);
            }
        }
        return names;
    }

    private String lemma(int token) {
        return Tree.lower(tree.token(token).lemma());
    }

    private static Event replaced(Event event, String group, String person) {
        List<String> sources = swapped(event.sourceIds(), group, person);
        List<String> targets = swapped(event.targetIds(), group, person);
        return event.withParticipants(sources, targets, event.rule() + ROUTE);
    }

    private static List<String> swapped(List<String> ids, String group, String person) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            result.add(id.equals(group) ? person : id);
        }
        return new ArrayList<>(result);
    }
}
