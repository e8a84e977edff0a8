package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * A document as the subject of a cue speaks for whoever issued it: "The statement also said ..." after "the
 * minister, in a statement, announced ..."; "the court's summary concluded" is the court's. A channel that carries
 * its owner's words counts as a document: "the agency's take-down notice claimed", "the ministry's website said"; a
 * document that came through a channel speaks for its owner: "a tweet sent from Ana Ruiz's account".
 */
final class IssuedDocuments {
    private static final Set<String> DOCUMENTS = Set.of(
            "statement",
            "proclamation",
            "summary",
            "letter",
            "release",
            "report",
            "ruling",
            "declaration",
            "communique",
            "memo",
            "memorandum",
            "tweet",
            "post",
            "filing",
            "announcement",
            "decree",
            "verdict",
            "judgment",
            "judgement",
            "complaint",
            "lawsuit",
            "suit",
            "petition",
            "article",
            "story",
            "book",
            "memoir");
    // Pieces a newspaper, an author or a publisher puts out. Other people read, cite and share them too ("Ruiz shared
    // an article claiming ..."), so only a verb of putting one out makes its subject the issuer.
    private static final Set<String> PUBLICATIONS = Set.of("article", "story", "book", "memoir");
    private static final Set<String> PUTTING_OUT =
            Set.of("publish", "release", "write", "run", "print", "issue", "pen");
    // Channels that carry their owner's words; owned only by a name, since a common-noun owner ("the party's
    // website") is resolved by the article's wording, which on unlabelled articles picked the wrong party.
    private static final Set<String> CHANNELS = Set.of(
            "notice",
            "notification",
            "advisory",
            "bulletin",
            "newsletter",
            "website",
            "webpage",
            "blog",
            "email",
            "message",
            "account",
            "page",
            "feed");
    // How a document comes through a channel: "a tweet sent from X's account", "a post on X's page".
    private static final Set<String> THROUGH = Set.of("from", "on", "via", "through");
    // How a document names who issued it: "a report from the NTSB", "a statement by the ministry".
    private static final Set<String> AUTHORED = Set.of("from", "by");
    // The agent of a participle on the document: "a memo posted by X".
    private static final Set<String> BY = Set.of("by");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    // Names of one kind of document: "the complaint" is the lawsuit the article said someone filed.
    private static final List<Set<String>> SAME_KIND = List.of(
            Set.of("complaint", "lawsuit", "suit", "petition"),
            Set.of("proclamation", "declaration", "decree"),
            Set.of("ruling", "verdict", "judgment", "judgement"),
            // A newspaper's article or story is "the report" in the sentences after it.
            Set.of("report", "article", "story"));
    // The act that issues a kind of document: "X declared an emergency ... The proclamation said".
    private static final Map<String, Set<String>> ISSUED_BY = Map.of(
            "declare", Set.of("proclamation", "declaration"),
            "proclaim", Set.of("proclamation", "declaration"),
            "decree", Set.of("decree"),
            "sue", Set.of("complaint", "lawsuit", "suit"),
            "petition", Set.of("petition"),
            "rule", Set.of("ruling", "judgment", "judgement"),
            "announce", Set.of("announcement"));
    private static final int MAX_CLIMB = 3;
    // Where the document hangs on "read": its subject, or its object when the parse took an inversion for one.
    private static final Set<String> READERS = Set.of("nsubj", "obj", "nsubj:pass");

    private IssuedDocuments() {}

    static boolean isDocument(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return token.isNoun() && (DOCUMENTS.contains(lemma) || CHANNELS.contains(lemma));
    }

    /** A document that is no name: "The New York Post" issues, though a "post" is a document. */
    private static boolean isUnnamedDocument(Token token) {
        return isDocument(token) && !token.isProperNoun();
    }

    private static boolean isPublication(Token token) {
        return PUBLICATIONS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isChannel(Token token) {
        return CHANNELS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The document a form of "read" quotes: "the statement reads "..."", ""...," reads the judge's statement", "part
     * of the letter read "..."". Without a document, "read" is no cue ("she read the report").
     */
    static Optional<Token> readFrom(List<Token> tokens, Token verb) {
        if (!verb.isVerb() || !verb.lemma().equalsIgnoreCase("read")) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, verb);
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() != verb.index() || !READERS.contains(token.deprel())) {
                continue;
            }
            // "I was reading another article": a reader's publication is an object that quotes nothing.
            boolean readersPiece = token.deprel().equals("obj") && isPublication(token);
            if (isDocument(token) && !readersPiece) {
                return Optional.of(token);
            }
            Optional<Token> whole = partOf(tokens, token, range);
            if (whole.isPresent()) {
                return whole;
            }
        }
        return Optional.empty();
    }

    /** "part of the statement": the document a part is taken from. */
    private static Optional<Token> partOf(List<Token> tokens, Token part, Speakers.Sentencewise range) {
        for (int at = part.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == part.index() && token.deprel().equals("nmod") && isDocument(token)) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** The issuer of the document the subject names: its possessor, or who issued it where it was first named. */
    static Optional<Mention> issuerOf(Document document, Token subject) {
        if (!isDocument(subject)) {
            return Optional.empty();
        }
        return localIssuerOf(document, subject).or(() -> earlierIssuer(document, subject));
    }

    /**
     * The issuer the document's own phrase or clause names: its possessor, a name compounded before it, the subject
     * of the verb it is the object of ("X issued a ruling finding that ..."), or whoever a possessive pronoun before it
     * stands for ("his message"). A name hanging on the document in another role ("a ruling against X") is none of
     * these.
     */
    static Optional<Mention> localIssuerOf(Document document, Token subject) {
        if (!isDocument(subject)) {
            return Optional.empty();
        }
        return possessor(document, subject)
                .or(() -> compoundIssuer(document, subject))
                .or(() -> ownIssuer(document, subject))
                .or(() -> participleAuthor(document, subject))
                .or(() -> channelOwner(document, subject))
                .or(() -> PronounOwners.of(document, subject));
    }

    /**
     * "A tweet sent from Ana Ruiz's account said", "a post on the Acme Council's page read": a document that came
     * through a channel speaks for the channel's owner, who must be a name, as for a channel that speaks. The channel
     * hangs on the document, on a participle modifying it, or on the verb the document is the subject of, where the
     * parser took the participle for the sentence's verb.
     */
    private static Optional<Mention> channelOwner(Document document, Token subject) {
        if (isChannel(subject)) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, subject);
        for (int at = subject.index() + 1; at < range.end(); at++) {
            Token channel = tokens.get(at);
            if (isChannel(channel)
                    && channel.isNoun()
                    && comesThrough(tokens, channel, range)
                    && carries(tokens, channel, subject)) {
                Optional<Mention> owner = possessor(document, channel);
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean comesThrough(List<Token> tokens, Token channel, Speakers.Sentencewise range) {
        for (int at = range.first(); at < channel.index(); at++) {
            Token token = tokens.get(at);
            if (token.head() == channel.index()
                    && token.deprel().equals("case")
                    && THROUGH.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean carries(List<Token> tokens, Token channel, Token subject) {
        if (channel.head() < 0) {
            return false;
        }
        Token head = tokens.get(channel.head());
        boolean onDocument = head.index() == subject.index();
        boolean onParticiple = head.deprel().equals("acl") && head.head() == subject.index();
        boolean onItsVerb = SUBJECTS.contains(subject.deprel()) && subject.head() == head.index();
        return onDocument || onParticiple || onItsVerb;
    }

    /**
     * "a memo posted online by Senator Ana Ruiz", "a statement released by the ministry": the "by" phrase of a
     * participle on the document names who put it out, a person or an organisation.
     */
    private static Optional<Mention> participleAuthor(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, subject);
        for (int at = subject.index() + 1; at < range.end(); at++) {
            Token participle = tokens.get(at);
            if (participle.head() == subject.index() && participle.deprel().equals("acl") && participle.isVerb()) {
                Optional<Mention> author = agentOf(document, participle, range);
                if (author.isPresent()) {
                    return author;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> agentOf(Document document, Token participle, Speakers.Sentencewise range) {
        List<Token> tokens = document.tokens();
        for (int at = participle.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == participle.index() && token.isNoun() && Heads.hasCase(tokens, token, BY)) {
                return Speakers.mentionOf(document, token)
                        .filter(m -> m.type() == MentionType.ORGANISATION || m.type() == MentionType.PERSON);
            }
        }
        return Optional.empty();
    }

    /** "Experts signed an open letter urging ...": the subject of the verb the document is the object of. */
    private static Optional<Mention> ownIssuer(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        if (!subject.deprel().equals("obj") || subject.head() < 0) {
            return Optional.empty();
        }
        return Optional.of(tokens.get(subject.head()))
                .filter(verb -> putsOut(verb, subject))
                .flatMap(verb -> Speakers.subjectOf(tokens, verb))
                .filter(s -> s.index() != subject.index() && !isUnnamedDocument(s))
                .flatMap(s -> Speakers.mentionOf(document, s));
    }

    /**
     * "a NATO press release", "the government statement": a name compounded before the document is its issuer; a
     * common noun is the body the article named by that word before ("the government of Chad"), when that has an
     * actor. "the press release" names nobody.
     */
    private static Optional<Mention> compoundIssuer(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, subject);
        for (int at = range.first(); at < subject.index(); at++) {
            Token token = tokens.get(at);
            if (token.head() != subject.index() || !token.deprel().equals("compound") || !token.isNoun()) {
                continue;
            }
            Optional<Mention> issuer = token.isProperNoun()
                    ? document.mentions().stream()
                            .filter(m -> m.span().contains(token.span()) && m.type() != MentionType.MISC)
                            .findFirst()
                    : namedBefore(document, token);
            if (issuer.isPresent()) {
                return issuer;
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> namedBefore(Document document, Token word) {
        String lower = word.word().toLowerCase(Locale.ROOT);
        Mention latest = null;
        for (Mention mention : document.mentions()) {
            if (mention.span().start() >= word.span().start()) {
                break;
            }
            boolean named = List.of(mention.text().toLowerCase(Locale.ROOT).split("\\W+"))
                    .contains(lower);
            boolean body = mention.type() == MentionType.ORGANISATION || mention.type() == MentionType.DESCRIPTION;
            if (named && body && !mention.actorId().isEmpty()) {
                latest = mention;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Optional<Mention> possessor(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, subject);
        for (int at = range.first(); at < subject.index(); at++) {
            Token token = tokens.get(at);
            boolean owner = token.isProperNoun() || (token.isNoun() && !isChannel(subject));
            if (token.head() == subject.index() && token.deprel().equals("nmod:poss") && owner) {
                return Speakers.mentionOf(document, token);
            }
        }
        return Optional.empty();
    }

    /**
     * The latest earlier mention of the same kind of document that hangs on a verb with a subject ("in a statement,
     * X announced", "X filed a lawsuit" before "the complaint"), or the main verb of a sentence that issues it ("X
     * declared an emergency" before "the proclamation"); that subject is the issuer. An act in a clause of its own
     * ("after the agency declared ...") is background, not the document's.
     */
    private static Optional<Mention> earlierIssuer(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        String kind = subject.lemma().toLowerCase(Locale.ROOT);
        for (int at = subject.index() - 1; at >= 0; at--) {
            Token earlier = tokens.get(at);
            // "a 1989 report from the NTSB ... The report said": the earlier mention names its issuer itself.
            Optional<Mention> named = isSameKind(earlier, kind) ? authorOf(document, earlier) : Optional.empty();
            if (named.isPresent()) {
                return named;
            }
            Optional<Token> act = isSameKind(earlier, kind)
                    ? verbAbove(tokens, earlier).filter(verb -> putsOut(verb, earlier))
                    : Optional.of(earlier).filter(verb -> issues(verb, kind));
            Optional<Token> issuer = act.flatMap(verb -> Speakers.subjectOf(tokens, verb))
                    .filter(s -> s.index() != earlier.index() && !isUnnamedDocument(s));
            if (issuer.isPresent()) {
                return Speakers.mentionOf(document, issuer.get());
            }
        }
        return Optional.empty();
    }

    /** The name a document's own phrase gives its issuer: "a report from X", "a statement by X". */
    private static Optional<Mention> authorOf(Document document, Token documentToken) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, documentToken);
        for (int at = documentToken.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == documentToken.index()
                    && token.deprel().equals("nmod")
                    && token.isProperNoun()
                    && Heads.hasCase(tokens, token, AUTHORED)) {
                return Speakers.mentionOf(document, token)
                        .filter(m -> m.type() == MentionType.ORGANISATION || m.type() == MentionType.PERSON);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code verb} makes its subject the issuer of {@code piece}: any verb but for a publication. */
    private static boolean putsOut(Token verb, Token piece) {
        return !isPublication(piece) || PUTTING_OUT.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isSameKind(Token token, String kind) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return token.isNoun()
                && (lemma.equals(kind)
                        || SAME_KIND.stream().anyMatch(names -> names.contains(kind) && names.contains(lemma)));
    }

    private static boolean issues(Token verb, String kind) {
        return verb.isVerb()
                && verb.deprel().equals("root")
                && ISSUED_BY
                        .getOrDefault(verb.lemma().toLowerCase(Locale.ROOT), Set.of())
                        .contains(kind);
    }

    private static Optional<Token> verbAbove(List<Token> tokens, Token token) {
        Token current = token;
        for (int step = 0; step < MAX_CLIMB && current.head() >= 0; step++) {
            current = tokens.get(current.head());
            if (current.isVerb()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }
}
