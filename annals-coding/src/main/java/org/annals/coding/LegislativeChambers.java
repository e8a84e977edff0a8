package org.annals.coding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.core.ActorKind;

/**
 * "the United States Senate", "the U.S. Senate", "Senate of the Philippines", "Philippine Senate": an organisation
 * name that is a shared chamber name (chambers.tsv) with or without the country before it or after "of". Each
 * country has one chamber of each name, so the chamber and its country make its identity in every article.
 */
final class LegislativeChambers {
    private static final Map<String, String> CHAMBERS = Tsv.pairs("/org/annals/coding/chambers.tsv");
    private static final String WHOLE = "whole";
    private static final int LONGEST_COUNTRY = 3;
    private static final int LONGEST_TITLE = 2;

    /** A chamber name and the country its words name, if they name one. */
    record Chamber(String name, Optional<String> country) {}

    private final KnowledgeBase kb;

    LegislativeChambers(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Whether the chamber name names a country's whole legislature ("Parliament"), not one of its houses. */
    boolean isWholeLegislature(String chamber) {
        return WHOLE.equals(CHAMBERS.get(chamber.toLowerCase(Locale.ROOT)));
    }

    Optional<Chamber> of(String organisationName) {
        List<String> words = Arrays.asList(organisationName.strip().split("\\s+"));
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
            words = words.subList(1, words.size());
        }
        List<String> named = withoutTitle(words);
        return after(named).or(() -> before(named)).or(() -> chamber(named, Optional.empty()));
    }

    // "Senate Majority Leader" (before "Mitch McConnell"), tagged one organisation: the office holder's title after
    // the chamber's name is no part of it.
    private List<String> withoutTitle(List<String> words) {
        for (int length = Math.min(LONGEST_TITLE, words.size() - 1); length > 0; length--) {
            List<String> title = words.subList(words.size() - length, words.size());
            if (kb.title(String.join(" ", title).toLowerCase(Locale.ROOT)).isPresent()) {
                return words.subList(0, words.size() - length);
            }
        }
        return words;
    }

    // "Senate of the Philippines"
    private Optional<Chamber> after(List<String> words) {
        int of = words.indexOf("of");
        while (of > 0) {
            int place = of + 1 < words.size() && words.get(of + 1).equalsIgnoreCase("the") ? of + 2 : of + 1;
            Optional<String> country = country(words.subList(Math.min(place, words.size()), words.size()));
            if (country.isPresent()) {
                return chamber(words.subList(0, of), country);
            }
            int next = words.subList(of + 1, words.size()).indexOf("of");
            of = next < 0 ? -1 : of + 1 + next;
        }
        return Optional.empty();
    }

    // "United States Senate", "U.S. House of Representatives", "Philippine Senate"
    private Optional<Chamber> before(List<String> words) {
        for (int length = Math.min(LONGEST_COUNTRY, words.size() - 1); length > 0; length--) {
            Optional<String> country = country(words.subList(0, length));
            if (country.isPresent()) {
                return chamber(words.subList(length, words.size()), country);
            }
        }
        return Optional.empty();
    }

    private Optional<String> country(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return kb.lookup(String.join(" ", words))
                .filter(e -> e.kind() == ActorKind.COUNTRY && e.use() != KbEntry.Use.SEAT)
                .map(KbEntry::country);
    }

    private static Optional<Chamber> chamber(List<String> words, Optional<String> country) {
        String name = String.join(" ", words);
        return CHAMBERS.containsKey(name.toLowerCase(Locale.ROOT))
                ? Optional.of(new Chamber(name, country))
                : Optional.empty();
    }
}
