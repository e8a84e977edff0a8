package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.MentionType;

/**
 * Groups the person names of one document so that "Putin" and "Vladimir Putin" are one person named by the
 * fullest form, and finds later uses of a known name part that NER missed.
 */
final class PersonNames {
    // "al-", "el-", "ad-", "ibn-": the Arabic article or a short particle joined to the name it belongs to.
    private static final int MAX_PARTICLE = 3;

    private final Map<String, String> fullest = new HashMap<>();
    private final Set<String> nameParts = new HashSet<>();
    private final List<String> clusters = new ArrayList<>();
    private final List<String> inTextOrder;

    /** The person names of the document, as written, in text order. */
    PersonNames(List<String> surfaces) {
        this.inTextOrder = surfaces.stream().distinct().toList();
        List<String> longestFirst = inTextOrder.stream()
                .sorted(Comparator.comparingInt(PersonNames::length).reversed())
                .toList();
        for (String name : longestFirst) {
            String owner = ownerOf(name).orElse(name);
            if (owner.equals(name)) {
                clusters.add(name);
            }
            fullest.put(name, owner);
        }
        // Only full names lend their parts: a lone word the tagger once called a person ("Raqqah", "Daesh") is too
        // weak a sign to turn its place or group readings elsewhere in the article into a person.
        clusters.stream().filter(full -> words(full).size() > 1).forEach(full -> words(full).stream()
                .filter(w -> w.length() > 1 && !GenerationalSuffixes.isSuffix(w))
                .forEach(nameParts::add));
    }

    // "Harris" after "Kamala Harris" and, paragraphs later, her father "Donald J. Harris": a part several full names
    // share is the one the article named first, the person it is about; a relative named later is named in full.
    private Optional<String> ownerOf(String name) {
        return clusters.stream().filter(full -> partOf(name, full)).min(Comparator.comparingInt(inTextOrder::indexOf));
    }

    // Every word of the short name is a word of the full one, or one the full name joins to a lower-case particle:
    // "Muhandis", tagged without its article, is "Abu Mahdi al-Muhandis"; "Assad" is "Bashar al-Assad".
    private static boolean partOf(String name, String full) {
        List<String> fullWords = words(full);
        return words(name).stream()
                .allMatch(w -> fullWords.contains(w) || fullWords.stream().anyMatch(f -> withParticle(f, w)));
    }

    private static boolean withParticle(String fullWord, String word) {
        int hyphen = fullWord.indexOf('-');
        if (hyphen < 1 || !fullWord.substring(hyphen + 1).equals(word)) {
            return false;
        }
        String particle = fullWord.substring(0, hyphen);
        return particle.length() <= MAX_PARTICLE && particle.chars().allMatch(Character::isLowerCase);
    }

    // "John James Conyers Jr." is the full name "John Conyers" shortens; the suffix does not make a name fuller.
    private static int length(String name) {
        return words(name).size() - (GenerationalSuffixes.suffixed(name) ? 1 : 0);
    }

    private static List<String> words(String name) {
        return GenerationalSuffixes.words(name);
    }

    /** True when a person of the document is named so, or by a fuller name that holds these words. */
    boolean knows(String surface) {
        return fullest.containsKey(surface) || ownerOf(surface).isPresent();
    }

    String fullestName(String surface) {
        String known = fullest.get(surface);
        if (known != null) {
            return known;
        }
        return ownerOf(surface).orElse(surface);
    }

    /**
     * Capitalised proper nouns equal to a known name part, as person mentions: outside any other mention, or where
     * NER called them a place, MISC or an organisation outside a place context ("Trump" tagged LOCATION after "Donald
     * Trump"; {@link NamePartChunks}). The caller drops the mentions a promoted one overlaps.
     */
    List<Found> promote(Tree tree, List<Found> found) {
        List<Found> promoted = new ArrayList<>();
        int i = 0;
        while (i < tree.size()) {
            int end = i;
            while (end < tree.size() && isNamePart(tree, end, found) && tree.sameSentence(i, end)) {
                end++;
            }
            if (end > i && promotable(tree, i, end - 1, found)) {
                promoted.add(new Found(i, end - 1, MentionType.PERSON, null));
                i = end;
            } else {
                i = Math.max(end, i + 1);
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
                && found.stream().filter(f -> f.covers(index)).allMatch(f -> NamePartChunks.replaceable(tree, f));
    }

    private boolean promotable(Tree tree, int first, int last, List<Found> found) {
        boolean retagged = found.stream().anyMatch(f -> f.first() <= last && first <= f.last());
        boolean body = found.stream()
                .anyMatch(f -> f.type() == MentionType.ORGANISATION && f.first() <= last && first <= f.last());
        return !retagged
                || (wholeChunks(first, last, found)
                        && !NamePartPlaces.placeContext(tree, first, last, body)
                        && (!body || surnameOfUndisputedName(tree, first, last, found)));
    }

    // An organisation chunk is a person's only as the last words of the one fuller name that ends so ("Bloomberg"
    // after "Michael Bloomberg"), a name the article never gives another type: "Rocky Linux", tagged a person once and
    // a body elsewhere, lends no "Linux", and a leading word ("Rocky", "IM") is too often a name of its own.
    private boolean surnameOfUndisputedName(Tree tree, int first, int last, List<Found> found) {
        List<String> run = wordsOf(tree, first, last);
        Set<List<String>> otherTyped = new HashSet<>();
        found.stream()
                .filter(f -> f.type() != MentionType.PERSON)
                .forEach(f -> otherTyped.add(wordsOf(tree, f.first(), f.last())));
        List<List<String>> owners = clusters.stream()
                .map(PersonNames::unsuffixedWords)
                .filter(full -> full.size() > run.size()
                        && full.subList(full.size() - run.size(), full.size()).equals(run))
                .toList();
        // "Vanderbilt" after "Gloria Vanderbilt" and "Reginald Claypoole Vanderbilt": which one is not told.
        return owners.size() == 1 && !otherTyped.contains(owners.get(0)) && !namedAfterAPerson(owners.get(0));
    }

    // "Warhol Polaroid", a chunk the tagger called a person: a name that opens with another person's surname names
    // a thing of theirs ("Trump Tower", "Kennedy Center"), so it lends no surname.
    private boolean namedAfterAPerson(List<String> full) {
        String opening = full.get(0);
        return fullest.keySet().stream()
                .map(PersonNames::unsuffixedWords)
                .anyMatch(
                        other -> other.size() > 1 && other.get(other.size() - 1).equals(opening));
    }

    private static List<String> unsuffixedWords(String name) {
        return words(name).stream()
                .filter(w -> !GenerationalSuffixes.isSuffix(w))
                .toList();
    }

    private static List<String> wordsOf(Tree tree, int first, int last) {
        List<String> words = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            words.add(tree.token(i).word());
        }
        return words;
    }

    // A LOCATION "Trump Tower" is a place even though "Trump" is a name part: only whole chunks are promoted.
    private static boolean wholeChunks(int first, int last, List<Found> found) {
        return found.stream()
                .filter(f -> f.first() <= last && first <= f.last())
                .allMatch(f -> first <= f.first() && f.last() <= last);
    }
}
