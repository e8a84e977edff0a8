package org.annals.coding;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;

/**
 * "Ford said" after "Ford Motor Company announced": news names a company in full once and later by the leading words
 * of that name, dropping a legal or generic tail (the words of {@code name-tails.tsv}). The short name is that
 * organisation when exactly one organisation named before it starts with its words and that one's remaining words
 * are all such tail words; a second organisation of the same leading words ("Ford Foundation") leaves it alone, and so
 * does a use of the short name before the full one.
 */
final class ShortOrganisationNames {
    private static final String FILE = "/org/annals/coding/name-tails.tsv";
    private static final Set<String> TAILS = Tsv.words(FILE);

    private ShortOrganisationNames() {}

    static Optional<ActorDraft> fullNameOf(String shortName, Collection<ActorDraft> earlier) {
        List<String> shortWords = words(shortName);
        List<ActorDraft> organisations =
                earlier.stream().filter(a -> a.kind == ActorKind.ORGANISATION).toList();
        // "ABS-CBN ... ABS-CBN Corporation ... ABS-CBN": a short name used before the full one is already an actor,
        // and its later uses stay with its earlier ones.
        boolean usedBefore = organisations.stream().anyMatch(a -> words(a.name).equals(shortWords));
        List<ActorDraft> sharingLead = organisations.stream()
                .filter(a -> startsWith(words(a.name), shortWords))
                .toList();
        if (usedBefore || sharingLead.size() != 1) {
            return Optional.empty();
        }
        ActorDraft full = sharingLead.get(0);
        List<String> tail =
                words(full.name).subList(shortWords.size(), words(full.name).size());
        return tail.stream().allMatch(ShortOrganisationNames::isTail) ? Optional.of(full) : Optional.empty();
    }

    /** True when the word ends a name without telling it apart ("Company", "Corp.", "AG"). */
    static boolean isTail(String word) {
        return TAILS.contains(word.toLowerCase(Locale.ROOT));
    }

    // A longer name only: the same name again is the same actor already.
    private static boolean startsWith(List<String> name, List<String> lead) {
        return !lead.isEmpty()
                && name.size() > lead.size()
                && name.subList(0, lead.size()).equals(lead);
    }

    // "Apple, Inc." is "Apple" and "Inc.": a comma before a legal form separates no words of the name.
    private static List<String> words(String name) {
        return Arrays.stream(name.strip().split("[\\s,]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
