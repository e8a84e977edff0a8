package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * Finds the stretches of article tokens that name something: knowledge-base names by longest case-sensitive match,
 * then the NER chunks the knowledge base does not cover.
 */
final class MentionFinder {
    /** A run of tokens {@code [first, last]} that names something, with its knowledge-base entry when known. */
    record Found(int first, int last, MentionType type, KbEntry entry) {
        boolean covers(int index) {
            return first <= index && index <= last;
        }
    }

    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION");

    private final KnowledgeBase kb;
    private final Tree tree;

    MentionFinder(KnowledgeBase kb, Tree tree) {
        this.kb = kb;
        this.tree = tree;
    }

    List<Found> find() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tree.size()) {
            Optional<Found> match = tree.inArticle(i) ? knownNameAt(i) : Optional.empty();
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().last() + 1;
            } else {
                i++;
            }
        }
        found.addAll(nerChunksOutside(found));
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return found;
    }

    private Optional<Found> knownNameAt(int start) {
        int sentence = tree.token(start).sentence();
        StringBuilder surface = new StringBuilder();
        Found best = null;
        for (int end = start; end < tree.size() && end - start < kb.longestName(); end++) {
            Token token = tree.token(end);
            if (token.sentence() != sentence || !tree.inArticle(end)) {
                break;
            }
            surface.append(token.word());
            Optional<KbEntry> entry = kb.lookup(surface.toString());
            if (entry.isPresent() && acceptable(start, end, entry.get())) {
                best = new Found(start, end, typeOf(entry.get()), entry.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean acceptable(int first, int last, KbEntry entry) {
        for (int i = first; i <= last; i++) {
            if (tree.token(i).ner().equals("PERSON") && entry.kind() == ActorKind.COUNTRY) {
                return false;
            }
        }
        if (insideLongerName(first, last)) {
            return false;
        }
        return regionGuard(first, last, entry);
    }

    // "West" names the West only as "the West" and not as part of a longer name ("West Bank", "West Virginia").
    private boolean regionGuard(int first, int last, KbEntry entry) {
        if (entry.kind() != ActorKind.REGION || first != last || !entry.name().startsWith("the ")) {
            return true;
        }
        boolean afterThe = first > 0 && Tree.lower(tree.token(first - 1).word()).equals("the");
        boolean beforeName = last + 1 < tree.size() && tree.token(last + 1).isProperNoun();
        return afterThe && !beforeName;
    }

    // A place inside a person's or organisation's name ("Moscow City Court") is part of that name.
    private boolean insideLongerName(int first, int last) {
        String tag = tree.token(first).ner();
        if (!NAME_TAGS.contains(tag)) {
            return false;
        }
        boolean extendsLeft = first > 0 && tree.token(first - 1).ner().equals(tag) && sameSentence(first - 1, first);
        boolean extendsRight =
                last + 1 < tree.size() && tree.token(last + 1).ner().equals(tag) && sameSentence(last, last + 1);
        return extendsLeft || extendsRight;
    }

    private boolean sameSentence(int a, int b) {
        return tree.token(a).sentence() == tree.token(b).sentence();
    }

    private List<Found> nerChunksOutside(List<Found> known) {
        List<Found> chunks = new ArrayList<>();
        int i = 0;
        while (i < tree.size()) {
            String tag = tree.token(i).ner();
            int end = i;
            while (end + 1 < tree.size() && tree.token(end + 1).ner().equals(tag) && sameSentence(end, end + 1)) {
                end++;
            }
            int first = i;
            int last = end;
            boolean taken = known.stream().anyMatch(f -> f.first() <= last && first <= f.last());
            Optional<MentionType> type = nerType(tag);
            if (type.isPresent() && !taken && tree.inArticle(i)) {
                chunks.add(new Found(i, end, type.get(), null));
            }
            i = end + 1;
        }
        return chunks;
    }

    private static Optional<MentionType> nerType(String tag) {
        return switch (tag) {
            case "PERSON" -> Optional.of(MentionType.PERSON);
            case "ORGANIZATION" -> Optional.of(MentionType.ORGANISATION);
            case "LOCATION" -> Optional.of(MentionType.LOCATION);
            case "MISC" -> Optional.of(MentionType.MISC);
            default -> Optional.empty();
        };
    }

    private static MentionType typeOf(KbEntry entry) {
        if (entry.use() == KbEntry.Use.DEMONYM) {
            return MentionType.NATIONALITY;
        }
        return switch (entry.kind()) {
            case ORGANISATION, IGO -> MentionType.ORGANISATION;
            default -> MentionType.LOCATION;
        };
    }
}
