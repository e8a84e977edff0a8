package org.annals.coding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.annals.core.Token;

/**
 * "RIAA's takedown notice alleged", "a letter from the ministry condemned", "Ruiz sent a letter ... The letter
 * condemned": a document (documents.tsv) that is the subject of an act stands for whoever issued it. The author is
 * named in the document's own phrase (a possessor, a nationality adjective, "from" or "by"), or, for "the letter" or
 * "this statement", where the article told a document of the same noun before: its own phrase, the subject of a verb
 * that put it out ("sent a letter", "issued a statement") or of a verb it was said in ("said in a statement").
 * Earlier documents of the noun told by two different authors leave it unresolved, as does a document whose author
 * the article never names.
 */
final class DocumentAuthors {
    static final String ROUTE = "+document-author";

    private static final Set<String> DOCUMENTS = Tsv.words("/org/annals/coding/documents.tsv");
    // Verbs that put a document out in the subject's name; receiving, reading or citing one does not.
    private static final Set<String> ISSUING = Set.of(
            "send", "issue", "release", "write", "file", "publish", "sign", "submit", "deliver", "post", "pen", "adopt",
            "pass", "lodge", "tweet", "bring");
    private static final Set<String> AUTHORED = Set.of("from", "by");
    private static final Set<String> POINTING = Set.of("the", "this", "that");

    private final Tree tree;
    private final ActorIndex index;

    DocumentAuthors(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** The actor who issued the document at the token, when it is one and the article names its author. */
    Optional<String> author(int noun) {
        if (!isDocument(noun)) {
            return Optional.empty();
        }
        Optional<String> own = ownAuthor(noun);
        return own.isPresent() || !pointsBack(noun) ? own : earlierAuthor(noun);
    }

    // A common noun only: "the Post" is a newspaper, not a post.
    private boolean isDocument(int noun) {
        String pos = tree.token(noun).pos();
        return (pos.equals("NN") || pos.equals("NNS")) && DOCUMENTS.contains(lemma(noun));
    }

    private boolean pointsBack(int noun) {
        return tree.children(noun, "det").stream()
                .anyMatch(d -> POINTING.contains(Tree.lower(tree.token(d).word())));
    }

    // "RIAA's notice", "the Turkish statement", "a letter from the ministry", "a statement by Ana Ruiz".
    private Optional<String> ownAuthor(int noun) {
        Optional<String> possessor = firstNamed(tree.children(noun, "nmod:poss"), index::actorAt);
        if (possessor.isPresent()) {
            return possessor;
        }
        Optional<String> nationality = firstNamed(tree.children(noun, "amod"), index::nationalityAt);
        if (nationality.isPresent()) {
            return nationality;
        }
        return firstNamed(
                tree.children(noun, "nmod").stream()
                        .filter(m -> AUTHORED.contains(tree.preposition(m)))
                        .toList(),
                index::actorAt);
    }

    private Optional<String> firstNamed(List<Integer> tokens, Function<Token, Optional<String>> actorOf) {
        return tokens.stream()
                .map(t -> actorOf.apply(tree.token(t)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<String> earlierAuthor(int noun) {
        Set<String> authors = new LinkedHashSet<>();
        for (int earlier = 0; earlier < noun; earlier++) {
            if (tree.inArticle(earlier) && isDocument(earlier) && lemma(earlier).equals(lemma(noun))) {
                introducedAuthor(earlier).ifPresent(authors::add);
            }
        }
        return authors.size() == 1 ? authors.stream().findFirst() : Optional.empty();
    }

    private Optional<String> introducedAuthor(int document) {
        Optional<String> own = ownAuthor(document);
        return own.isPresent() ? own : issuer(document);
    }

    // "Ruiz sent a letter to the council", "the ministry issued a statement", "Ruiz said in a statement".
    private Optional<String> issuer(int noun) {
        int verb = tree.head(noun);
        if (verb < 0) {
            return Optional.empty();
        }
        String relation = tree.token(noun).deprel();
        boolean issued = relation.equals("obj") && ISSUING.contains(lemma(verb));
        boolean toldIn = relation.equals("obl") && tree.hasCase(noun, "in");
        if (!issued && !toldIn) {
            return Optional.empty();
        }
        return firstNamed(tree.children(verb, "nsubj"), index::actorAt);
    }

    private String lemma(int token) {
        return Tree.lower(tree.token(token).lemma());
    }
}
