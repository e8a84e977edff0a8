package org.annals.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.MentionType;

/**
 * Groups the person names of one document so that "Putin" and "Vladimir Putin" are one person named by the
 * fullest form, and finds later uses of a known name part that NER missed.
 */
final class PersonNames {
    private final Map<String, String> fullest = new HashMap<>();
    private final Set<String> nameParts = new HashSet<>();
    private final List<String> clusters = new ArrayList<>();

    PersonNames(List<String> surfaces) {
        List<String> longestFirst = surfaces.stream()
                .distinct()
                .sorted(Comparator.comparingInt((String s) -> words(s).size()).reversed())
                .toList();
        for (String name : longestFirst) {
            String owner = clusters.stream()
                    .filter(full -> words(full).containsAll(words(name)))
                    .findFirst()
                    .orElse(name);
            if (owner.equals(name)) {
                clusters.add(name);
            }
            fullest.put(name, owner);
        }
        clusters.forEach(
                full -> words(full).stream().filter(w -> w.length() > 1).forEach(nameParts::add));
    }

    private static List<String> words(String name) {
        return Arrays.asList(name.replace('’', '\'').split("[\\s]+"));
    }

    String fullestName(String surface) {
        String known = fullest.get(surface);
        if (known != null) {
            return known;
        }
        return clusters.stream()
                .filter(full -> words(full).containsAll(words(surface)))
                .findFirst()
                .orElse(surface);
    }

    /** Capitalised proper nouns equal to a known name part, outside any other mention, as person mentions. */
    List<Found> promote(Tree tree, List<Found> found) {
        List<Found> promoted = new ArrayList<>();
        int i = 0;
        while (i < tree.size()) {
            int end = i;
            while (end < tree.size() && isNamePart(tree, end, found) && sameSentence(tree, i, end)) {
                end++;
            }
            if (end > i) {
                promoted.add(new Found(i, end - 1, MentionType.PERSON, null));
                i = end;
            } else {
                i++;
            }
        }
        return promoted;
    }

    private boolean isNamePart(Tree tree, int index, List<Found> found) {
        String word = tree.token(index).word();
        return tree.inArticle(index)
                && tree.token(index).isProperNoun()
                && Character.isUpperCase(word.codePointAt(0))
                && nameParts.contains(word)
                && found.stream().noneMatch(f -> f.covers(index));
    }

    private static boolean sameSentence(Tree tree, int a, int b) {
        return tree.token(a).sentence() == tree.token(b).sentence();
    }
}
