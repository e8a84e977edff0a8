package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;

/**
 * "Two police officers were found guilty ... met officers Ana Ruiz and Li Wei": a group told with a count and a plural
 * noun is the people the article names under that noun, when it names exactly one list of that many people so ("officers
 * Ana Ruiz and Li Wei", "two officers, Ana Ruiz and Li Wei"). Created per document.
 */
final class CountedGroups {
    private static final Map<String, Integer> NUMBERS =
            Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "2", 2, "3", 3, "4", 4, "5", 5, "6", 6);

    private static final Set<String> BOTH = Set.of("both");

    /** The article names {@code people} under the plural noun {@code noun}. */
    private record Naming(String noun, List<String> people) {}

    private final Tree tree;
    private final ActorIndex index;
    private final List<Naming> namings = new ArrayList<>();

    CountedGroups(Document document, Tree tree) {
        this.tree = tree;
        this.index = new ActorIndex(document);
        for (int i = 0; i < tree.size(); i++) {
            named(i).ifPresent(namings::add);
        }
    }

    /** The events with each counted group read as the one list of that many people named under its noun. */
    List<Event> complete(List<Event> events) {
        return EventCompletion.each(events, this::resolved);
    }

    private Event resolved(Event event) {
        Event result = event;
        for (int i = 0; i < tree.size(); i++) {
            if (!event.evidence().contains(tree.token(i).span())) {
                continue;
            }
            int noun = i;
            Optional<String> group = index.actorAt(tree.token(noun))
                    .filter(g -> EventCompletion.participates(event, g) && index.unnamedGroup(g));
            Optional<Integer> count = count(noun);
            if (group.isPresent() && count.isPresent()) {
                List<List<String>> lists = namings.stream()
                        .filter(n -> n.noun().equals(lemma(noun)) && n.people().size() == count.get())
                        .map(Naming::people)
                        .toList();
                boolean one = !lists.isEmpty()
                        && lists.stream().map(Set::copyOf).distinct().count() == 1;
                if (one) {
                    result = replaced(result, group.get(), lists.get(0));
                }
            }
        }
        return result;
    }

    private Optional<Integer> count(int noun) {
        if (!tree.token(noun).pos().equals("NNS")) {
            return Optional.empty();
        }
        Optional<Integer> counted = tree.children(noun, "nummod").stream()
                .map(n -> NUMBERS.get(Tree.lower(tree.token(n).word())))
                .filter(n -> n != null)
                .findFirst();
        // "both officers" counts them as surely as "the two officers" does.
        return counted.isPresent() || !tree.hasDeterminer(noun, BOTH) ? counted : Optional.of(2);
    }

    // "officers Ana Ruiz and Li Wei" (the noun a compound of the first name) or "officers, Ana Ruiz and Li Wei" (the
    // names in apposition); every name of the list must be a person's.
    private Optional<Naming> named(int noun) {
        if (!tree.token(noun).pos().equals("NNS") || !tree.inArticle(noun)) {
            return Optional.empty();
        }
        List<Integer> names = new ArrayList<>();
        int head = tree.head(noun);
        if (tree.token(noun).deprel().equals("compound")
                && head >= 0
                && tree.token(head).isProperNoun()) {
            names.add(head);
            names.addAll(tree.children(head, "conj"));
        }
        for (int apposed : tree.children(noun, "appos")) {
            names.add(apposed);
            names.addAll(tree.children(apposed, "conj"));
        }
        Set<String> people = new LinkedHashSet<>();
        for (int name : names) {
            index.actorAt(tree.token(name))
                    .filter(id -> index.actor(id)
                            .map(a -> a.kind() == ActorKind.PERSON)
                            .orElse(false))
                    .ifPresent(people::add);
        }
        boolean allPeople = people.size() > 1 && people.size() == names.size();
        return allPeople ? Optional.of(new Naming(lemma(noun), List.copyOf(people))) : Optional.empty();
    }

    private String lemma(int token) {
        return Tree.lower(tree.token(token).lemma());
    }

    private static Event replaced(Event event, String group, List<String> people) {
        List<String> sources = swapped(event.sourceIds(), group, people);
        List<String> targets = swapped(event.targetIds(), group, people);
        return event.withParticipants(sources, targets, event.rule() + "+counted-group");
    }

    private static List<String> swapped(List<String> ids, String group, List<String> people) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            if (id.equals(group)) {
                result.addAll(people);
            } else {
                result.add(id);
            }
        }
        return new ArrayList<>(result);
    }
}
