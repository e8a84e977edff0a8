package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.MentionType;
import org.annals.core.Span;

/**
 * What the noun phrase around a mention says about it: the country (a demonym, "North Korea's", "the Russian
 * president" in apposition) and the title ("President", "Foreign Minister"), each with the span that says so.
 */
record Modifiers(TreeSet<Integer> tokens, Optional<Country> country, Optional<TitleFound> title) {
    record Country(String iso3, Span evidence) {}

    record TitleFound(KnowledgeBase.Title title, Span evidence) {}

    private static final Set<String> RELATIONS = Set.of("compound", "amod", "nmod:poss", "appos", "flat");

    static Modifiers of(Tree tree, List<Found> found, Set<Integer> own, KnowledgeBase kb, Document document) {
        TreeSet<Integer> tokens = new TreeSet<>();
        for (int token : own) {
            collect(tree, token, own, found, tokens);
            if (tree.token(token).deprel().equals("appos") && !own.contains(tree.head(token))) {
                int governor = tree.head(token);
                tokens.add(governor);
                collect(tree, governor, own, found, tokens);
            }
        }
        return new Modifiers(tokens, country(tokens, found, tree), title(tokens, tree, kb));
    }

    private static void collect(Tree tree, int token, Set<Integer> own, List<Found> found, Set<Integer> into) {
        for (int child : tree.children(token)) {
            boolean otherPerson = found.stream()
                    .anyMatch(f -> f.type() == MentionType.PERSON && f.covers(child) && !own.contains(child));
            if (!own.contains(child)
                    && !otherPerson
                    && RELATIONS.contains(tree.token(child).deprel())) {
                into.add(child);
                collect(tree, child, own, found, into);
            }
        }
    }

    /**
     * The country people come from ("protesters from Hong Kong", "officials from France"), as a demonym or a
     * compound would say it ("Hong Kong protesters").
     */
    static Optional<String> origin(Tree tree, List<Found> found, int noun) {
        return tree.children(noun, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("from"))
                .flatMap(c -> found.stream()
                        .filter(f ->
                                f.covers(c) && f.entry() != null && f.entry().kind() == ActorKind.COUNTRY))
                .map(f -> f.entry().country())
                .findFirst();
    }

    private static Optional<Country> country(Set<Integer> tokens, List<Found> found, Tree tree) {
        for (int token : tokens) {
            for (Found f : found) {
                if (f.covers(token) && f.entry() != null && f.entry().kind() == ActorKind.COUNTRY) {
                    Span span = new Span(
                            tree.token(f.first()).span().start(),
                            tree.token(f.last()).span().end());
                    return Optional.of(new Country(f.entry().country(), span));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TitleFound> title(TreeSet<Integer> tokens, Tree tree, KnowledgeBase kb) {
        List<Integer> ordered = new ArrayList<>(tokens);
        for (int start = 0; start < ordered.size(); start++) {
            Optional<TitleFound> longest = longestTitleAt(ordered, start, tree, kb);
            if (longest.isPresent()) {
                return longest;
            }
        }
        return Optional.empty();
    }

    private static Optional<TitleFound> longestTitleAt(List<Integer> ordered, int start, Tree tree, KnowledgeBase kb) {
        TitleFound best = null;
        int bestEnd = start;
        StringBuilder phrase = new StringBuilder();
        for (int end = start; end < ordered.size() && end - start < kb.longestTitle(); end++) {
            if (end > start && ordered.get(end) != ordered.get(end - 1) + 1) {
                break;
            }
            String word = Tree.lower(tree.token(ordered.get(end)).word());
            String lemma = Tree.lower(tree.token(ordered.get(end)).lemma());
            String prefix = phrase.toString();
            phrase.append(end > start ? " " : "").append(word);
            Optional<KnowledgeBase.Title> title =
                    kb.title(phrase.toString()).or(() -> kb.title((prefix.isEmpty() ? "" : prefix + " ") + lemma));
            if (title.isPresent()) {
                Span span = new Span(
                        tree.token(ordered.get(start)).span().start(),
                        tree.token(ordered.get(end)).span().end());
                best = new TitleFound(title.get(), span);
                bestEnd = end;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int first = ordered.get(start);
        int last = ordered.get(bestEnd);
        return Optional.of(OutOfOffice.mark(best, first, last, Set.copyOf(ordered), tree, kb));
    }
}
