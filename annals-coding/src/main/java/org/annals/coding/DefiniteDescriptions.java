package org.annals.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "The government", "the president", "the company": a bare definite description names an actor the article
 * introduced earlier. Each resolves only when the antecedent is unambiguous; otherwise it stays unresolved, since a
 * wrong actor on an event is worse than none.
 */
final class DefiniteDescriptions {
    private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "administration");
    private static final Set<String> COMPANY_HEADS = Set.of("company", "firm", "corporation");
    // A company the text names may carry no sector at all; it still is no state body, party, school or newspaper.
    private static final Set<String> NOT_COMPANY_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "EDU");
    private static final int COMPANY_REACH_SENTENCES = 2;
    private static final Set<String> FUNCTION_RELATIONS = Set.of("case", "cc", "punct");

    private final Tree tree;
    private final KnowledgeBase kb;
    private final Map<String, ActorDraft> actors;
    private final List<Resolved> resolved;
    private final Function<String, ActorDraft> government;
    private final BiConsumer<Integer, String> record;
    private final TitledDescriptions titled;

    DefiniteDescriptions(
            Tree tree,
            KnowledgeBase kb,
            Map<String, ActorDraft> actors,
            Collection<Resolved> resolved,
            Function<String, ActorDraft> government,
            BiConsumer<Integer, String> record) {
        this.tree = tree;
        this.kb = kb;
        this.actors = actors;
        this.resolved = new ArrayList<>(resolved);
        this.government = government;
        this.record = record;
        this.titled = new TitledDescriptions(tree, kb, actors, resolved);
    }

    /**
     * Resolves every bare "the NOUN" at the given token indexes (common nouns no mention covers yet), and every
     * "the prime minister" or "the British president" among them ({@link TitledDescriptions}).
     */
    void resolve(List<Integer> candidates) {
        for (int head : candidates) {
            if (definiteBare(head)) {
                antecedent(head).ifPresent(id -> record.accept(head, id));
            } else {
                titled.holder(head).ifPresent(id -> record.accept(head, id));
            }
        }
    }

    private Optional<String> antecedent(int head) {
        String lemma = Tree.lower(tree.token(head).lemma());
        if (GOVERNMENT_HEADS.contains(lemma)) {
            // "the government of Hadi" is no country's the article is about; only an "of" country tells then.
            Optional<String> country = tree.children(head, "nmod").isEmpty() ? dominantCountry() : ofCountry(head);
            return country.map(iso3 -> government.apply(iso3).id);
        }
        if (COMPANY_HEADS.contains(lemma)) {
            return recentCompany(head);
        }
        Optional<KnowledgeBase.Title> ofPhrase = titled.withOfPhrase(head);
        String word = Tree.lower(tree.token(head).word());
        Optional<KnowledgeBase.Title> title = ofPhrase.or(() -> kb.title(word));
        // "counterpart" is a title without a role of its own; an empty role would match every untitled person.
        if (title.isPresent() && !title.get().role().isEmpty()) {
            return onlyPersonWithRole(title.get().role(), ofPhrase.isPresent() ? "" : word, head);
        }
        return Optional.empty();
    }

    // "the government", not "the Trump administration" or "the local government": only "the" and an "of" phrase.
    // A title may also stand after a preposition or a coordinator ("a plea to the president", "leaders and the
    // president"): those words are no modifiers of it.
    private boolean definiteBare(int head) {
        boolean title = kb.title(Tree.lower(tree.token(head).word())).isPresent();
        boolean definite = tree.definite(head);
        boolean modified = tree.children(head).stream()
                .filter(c -> c < head)
                .map(c -> tree.token(c).deprel())
                .anyMatch(rel -> !rel.equals("det") && !(title && FUNCTION_RELATIONS.contains(rel)));
        return definite && !modified;
    }

    // "the government of Samoa": the country after "of".
    private Optional<String> ofCountry(int head) {
        for (int child : tree.children(head, "nmod")) {
            if (tree.preposition(child).equals("of")) {
                Optional<String> country = countryAt(child);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> countryAt(int token) {
        return resolved.stream()
                .filter(m -> m.covers(token))
                .map(m -> actors.get(m.actorId()))
                .filter(a -> a != null && a.kind == ActorKind.COUNTRY)
                .map(a -> a.country)
                .findFirst();
    }

    private Optional<String> dominantCountry() {
        return DominantCountry.of(resolved, actors);
    }

    // "the company", "the firm": the organisation named most recently, when it was named close by.
    private Optional<String> recentCompany(int head) {
        int sentence = tree.token(head).sentence();
        return resolved.stream()
                .filter(m -> m.last() < head && m.type() == MentionType.ORGANISATION)
                .filter(m -> sentence - tree.token(m.first()).sentence() <= COMPANY_REACH_SENTENCES)
                .max((a, b) -> Integer.compare(a.first(), b.first()))
                .map(m -> actors.get(m.actorId()))
                .filter(this::mayBeCompany)
                .map(a -> a.id);
    }

    private boolean mayBeCompany(ActorDraft actor) {
        return actor != null && actor.kind == ActorKind.ORGANISATION && !NOT_COMPANY_SECTORS.contains(actor.sector);
    }

    // "the president" after "President Trump", "the secretary" after "Defense Secretary Carter": the one person
    // named earlier with that role or a title of that head word (BareTitles).
    private Optional<String> onlyPersonWithRole(String role, String word, int head) {
        Set<String> ids = new TreeSet<>();
        for (Resolved m : resolved) {
            ActorDraft actor = actors.get(m.actorId());
            if (m.last() < head && BareTitles.answersTo(actor, role, word)) {
                ids.add(actor.id);
            }
        }
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    // "the President", capitalised as a title often is, is still a description when no name follows it.
    static boolean isCandidateHead(Token token, KnowledgeBase kb) {
        boolean singular = token.pos().equals("NN") || token.pos().equals("NNP");
        boolean titleWord = kb.title(Tree.lower(token.word())).isPresent();
        return singular && (!token.isProperNoun() || titleWord);
    }
}
