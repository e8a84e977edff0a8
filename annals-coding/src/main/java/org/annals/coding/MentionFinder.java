package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;
import org.annals.core.PostNominalLetters;
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
    private static final Set<String> HONORIFICS = Set.of(
            "honorable",
            "honourable",
            "hon",
            "hon.",
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "dr",
            "dr.",
            "sir",
            "dame");
    private static final Set<String> OPERATION_WORDS = Set.of("Operation", "Exercise");
    private static final Set<String> COMPASS_WORDS = Set.of(
            "North",
            "South",
            "East",
            "West",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Northeast",
            "Northwest",
            "Southeast",
            "Southwest",
            "Northeastern",
            "Northwestern",
            "Southeastern",
            "Southwestern",
            "Central");

    private final KnowledgeBase kb;
    private final Tree tree;
    private final PlaceLedNames placeLedNames;
    private final PlaceContexts placeContexts;
    private final TitledChunks titledChunks;
    private final PlaceNamedSurnames placeNamedSurnames;
    private final RunTogetherChunks runTogetherChunks;
    private final SetOffOpeners openers;

    MentionFinder(KnowledgeBase kb, Tree tree) {
        this.kb = kb;
        this.tree = tree;
        this.placeLedNames = new PlaceLedNames(kb, tree);
        this.placeContexts = new PlaceContexts(kb, tree);
        this.titledChunks = new TitledChunks(kb, tree);
        this.placeNamedSurnames = new PlaceNamedSurnames(tree, placeContexts);
        this.runTogetherChunks = new RunTogetherChunks(kb, tree);
        this.openers = new SetOffOpeners(tree);
    }

    List<Found> find() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tree.size()) {
            Optional<Found> match = tree.inArticle(i) ? knownNameAt(i) : Optional.empty();
            if (match.isPresent()) {
                int previousLast =
                        found.isEmpty() ? -1 : found.get(found.size() - 1).last();
                Found known = withCompassWords(match.get(), previousLast);
                Found name = placeLedNames.nameOpenedBy(known).orElse(known);
                found.add(name);
                i = name.last() + 1;
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

    // "Northern Iraq", "Eastern Ukraine": NER names the part of a known place with it; the mention keeps the whole
    // name and the place's entry.
    private Found withCompassWords(Found found, int previousLast) {
        if (found.type() != MentionType.LOCATION) {
            return found;
        }
        int first = found.first();
        while (first - 1 > previousLast
                && tree.sameSentence(first - 1, first)
                && tree.inArticle(first - 1)
                && tree.token(first - 1).ner().equals("LOCATION")
                && COMPASS_WORDS.contains(tree.token(first - 1).word())) {
            first--;
        }
        return first == found.first() ? found : new Found(first, found.last(), found.type(), found.entry());
    }

    private boolean acceptable(int first, int last, KbEntry entry) {
        if (entry.kind() == ActorKind.COUNTRY && personNameElsewhere(first, last)) {
            return false;
        }
        if (insideLongerName(first, last) && !runTogetherChunks.holdsAnotherName(first, last, entry)) {
            return false;
        }
        if (first == last && placeNamedSurnames.isPersonsSurname(first, typeOf(entry))) {
            return false;
        }
        if (entry.isSubdivision() && !wholePlaceChunk(first, last)) {
            return false;
        }
        return regionGuard(first, last, entry);
    }

    // A PERSON-tagged "Jordan" is the country unless the document names a person "... Jordan" elsewhere.
    private boolean personNameElsewhere(int first, int last) {
        boolean tagged = false;
        for (int i = first; i <= last; i++) {
            tagged |= tree.token(i).ner().equals("PERSON");
        }
        if (!tagged) {
            return false;
        }
        for (int i = 0; i < tree.size(); i++) {
            boolean sameWord = tree.token(i).word().equals(tree.token(last).word());
            if (sameWord && tree.token(i).ner().equals("PERSON") && personChunkLength(i) > last - first + 1) {
                return true;
            }
        }
        return false;
    }

    private int personChunkLength(int index) {
        int first = index;
        int last = index;
        while (first > 0 && tree.token(first - 1).ner().equals("PERSON") && tree.sameSentence(first - 1, first)) {
            first--;
        }
        while (last + 1 < tree.size()
                && tree.token(last + 1).ner().equals("PERSON")
                && tree.sameSentence(last, last + 1)) {
            last++;
        }
        return last - first + 1;
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

    // A state's name is a common word or a person's name too often ("Victoria", "Delta", "Georgia" in "Georgia Tech")
    // to count unless NER calls the whole of it, and no more, a place or name: "New York" in "New York City" is no
    // state.
    private boolean wholePlaceChunk(int first, int last) {
        String tag = tree.token(first).ner();
        if (tag.equals("O") || tag.equals("PERSON")) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (!tree.token(i).ner().equals(tag)) {
                return false;
            }
        }
        boolean extendsLeft =
                first > 0 && tree.token(first - 1).ner().equals(tag) && tree.sameSentence(first - 1, first);
        boolean extendsRight =
                last + 1 < tree.size() && tree.token(last + 1).ner().equals(tag) && tree.sameSentence(last, last + 1);
        return !extendsLeft && !extendsRight;
    }

    // A place inside a person's or organisation's name ("Moscow City Court") is part of that name.
    private boolean insideLongerName(int first, int last) {
        String tag = tree.token(first).ner();
        if (!NAME_TAGS.contains(tag)) {
            return false;
        }
        boolean extendsLeft =
                first > 0 && tree.token(first - 1).ner().equals(tag) && tree.sameSentence(first - 1, first);
        boolean extendsRight =
                last + 1 < tree.size() && tree.token(last + 1).ner().equals(tag) && tree.sameSentence(last, last + 1);
        return extendsLeft || extendsRight;
    }

    private List<Found> nerChunksOutside(List<Found> known) {
        List<Found> chunks = new ArrayList<>();
        int i = 0;
        while (i < tree.size()) {
            String tag = tree.token(i).ner();
            int end = i;
            while (end + 1 < tree.size() && tree.token(end + 1).ner().equals(tag) && tree.sameSentence(end, end + 1)) {
                end++;
            }
            int first = i;
            int last = end;
            boolean taken = known.stream().anyMatch(f -> f.first() <= last && first <= f.last());
            Optional<MentionType> type = nerType(tag);
            if (type.isPresent() && !taken && tree.inArticle(i)) {
                chunks.addAll(titledPerson(i, end, type.get())
                        .orElseGet(() -> chunk(first, last, type.get()).stream().toList()));
            }
            i = end + 1;
        }
        return chunks;
    }

    private Optional<Found> chunk(int first, int last, MentionType type) {
        // "in Tianjin", "Woodbridge, Virginia" tagged PERSON: a place, unless the article names a person so elsewhere.
        boolean named = type == MentionType.PERSON || type == MentionType.ORGANISATION;
        if (named && openers.opener(first, last)) {
            return Optional.empty();
        }
        if (named && placeContexts.isPlace(first, last) && !personNameElsewhere(first, last)) {
            return Optional.of(new Found(first, last, MentionType.LOCATION, null));
        }
        if (type == MentionType.PERSON) {
            if (addressByOffice(first, last)) {
                return Optional.empty();
            }
            MentionType kind = nonPersonType(first, last).orElse(type);
            if (kind == MentionType.PERSON) {
                return Optional.of(
                        new Found(afterHonorifics(first, last), GenerationalSuffixes.nameEnd(tree, last), kind, null));
            }
            return Optional.of(new Found(first, withNamedHead(last, kind), kind, null));
        }
        if (type == MentionType.ORGANISATION && isNamedOperation(first, last)) {
            return Optional.of(new Found(first, last, MentionType.MISC, null));
        }
        if (type == MentionType.ORGANISATION && followedByPerson(last)) {
            return withoutTrailingTitle(first, last);
        }
        if (type == MentionType.ORGANISATION && isTitledName(first, last)) {
            return Optional.of(new Found(first, withoutPostNominals(first, last), MentionType.PERSON, null));
        }
        return Optional.of(new Found(first, last, type, null));
    }

    // "Supreme Court Justice Elena Kagan" tagged ORGANIZATION whole: the name after the title is the person's, and the
    // words before the title, if any, name the body ("Supreme Court").
    private Optional<List<Found>> titledPerson(int first, int last, MentionType type) {
        if (type != MentionType.ORGANISATION || followedByPerson(last) || isNamedOperation(first, last)) {
            return Optional.empty();
        }
        return titledChunks.split(first, last).map(split -> {
            List<Found> parts = new ArrayList<>();
            if (split.titleStart() > first) {
                parts.add(named(first, split.titleStart() - 1));
            }
            int nameEnd = withoutPostNominals(split.nameStart(), last);
            parts.add(new Found(
                    split.nameStart(), GenerationalSuffixes.nameEnd(tree, nameEnd), MentionType.PERSON, null));
            return parts;
        });
    }

    // "Judge Durham Hall QC" tagged ORGANIZATION: once the title makes the run a person's, the letters after the name
    // leave it, as they leave a person run of the tagger; "Durham Hall" is the person the article names again.
    private int withoutPostNominals(int first, int last) {
        List<String> words = IntStream.rangeClosed(first, last)
                .mapToObj(i -> tree.token(i).word())
                .toList();
        return first + PostNominalLetters.wordsKept(words) - 1;
    }

    // "Operation Inherent Resolve", "Exercise Eager Lion": a named military operation is something done, not a body
    // that acts, though the tagger calls it an organisation.
    private boolean isNamedOperation(int first, int last) {
        boolean opens =
                last > first && OPERATION_WORDS.contains(tree.token(first).word());
        boolean follows = first > 0
                && tree.sameSentence(first - 1, first)
                && OPERATION_WORDS.contains(tree.token(first - 1).word());
        return opens || follows;
    }

    // "Mr. Vice President, I'm speaking", "Mr. Speaker": an office addressed with an honorific is no person's
    // name. Read as one, "Vice President" would take "President" as its short form and claim the title of "President
    // Donald Trump". "Mr. King" stays a name where the article names a person "... King".
    private boolean addressByOffice(int first, int last) {
        int office = afterHonorifics(first, last);
        boolean honorific = office > first
                || (first > 0
                        && tree.sameSentence(first - 1, first)
                        && HONORIFICS.contains(Tree.lower(tree.token(first - 1).word())));
        return honorific
                && kb.title(Tree.lower(tree.words(office, last))).isPresent()
                && !longerNameElsewhere(first, last, office);
    }

    // A longer PERSON chunk elsewhere ending in the same word makes that word a surname here ("John King" ... "Mr.
    // King").
    private boolean longerNameElsewhere(int first, int last, int office) {
        for (int i = 0; i < tree.size(); i++) {
            boolean outside = i < first || i > last;
            if (outside
                    && tree.token(i).word().equals(tree.token(last).word())
                    && tree.token(i).ner().equals("PERSON")
                    && personChunkLength(i) > last - office + 1) {
                return true;
            }
        }
        return false;
    }

    // "the Honorable Pedro Pierluisi", "Dr Jane Goodall" tagged PERSON whole: the honorific is no part of the name,
    // which would otherwise give the person a second identity beside "Pedro Pierluisi".
    private int afterHonorifics(int first, int last) {
        int start = first;
        while (start < last && HONORIFICS.contains(Tree.lower(tree.token(start).word()))) {
            start++;
        }
        return start;
    }

    // "Typhoon Phanfone", "Leroy P. Steele Prize", "James Webb (Space) Telescope": NER's PERSON, yet no person.
    private Optional<MentionType> nonPersonType(int first, int last) {
        List<Integer> clues = new ArrayList<>(List.of(first, last));
        if (first > 0 && tree.sameSentence(first - 1, first)) {
            clues.add(first - 1);
        }
        int head = tree.head(last);
        if (head > last && tree.token(last).deprel().equals("compound")) {
            clues.add(head);
        }
        for (int clue : clues) {
            Optional<String> kind = kb.nonPersonKind(Tree.lower(tree.token(clue).word()));
            if (kind.isPresent()) {
                return Optional.of(kind.get().equals("organisation") ? MentionType.ORGANISATION : MentionType.MISC);
            }
        }
        return Optional.empty();
    }

    // "Mahan Air", "Wagner Group": an organisation named after a person ends in the category word NER left out.
    private int withNamedHead(int last, MentionType kind) {
        int head = tree.head(last);
        boolean namedHead = kind == MentionType.ORGANISATION
                && head == last + 1
                && tree.token(last).deprel().equals("compound")
                && tree.token(head).isProperNoun()
                && tree.sameSentence(last, head);
        return namedHead ? head : last;
    }

    // "Queen Elizabeth II", "Pope Francis", "Justice Elena Kagan" tagged ORGANIZATION: a title right before a name
    // makes it a person's, unless the name ends in a word for a body ("President Hotel", "King Abdullah University").
    private boolean isTitledName(int first, int last) {
        boolean titled = first > 0 && tree.sameSentence(first - 1, first) && titleBefore(first, last);
        return titled && !titledChunks.endsInBodyWord(last);
    }

    // An office of titles.tsv before the chunk, or a title of people only ("Justice", "Dr.") before a chunk that is
    // a name and no more: "Dr. Tristan Smith of University College London" is a name and a body in one chunk.
    private boolean titleBefore(int first, int last) {
        String title = Tree.lower(tree.token(first - 1).word());
        return kb.title(title).isPresent() || (TitledChunks.isPersonTitle(title) && titledChunks.isName(first, last));
    }

    private boolean followedByPerson(int last) {
        return last + 1 < tree.size()
                && tree.token(last + 1).ner().equals("PERSON")
                && tree.sameSentence(last, last + 1);
    }

    // "Senate Minority Leader Chuck Schumer": the title belongs to the person, and only "Senate" names a body.
    private Optional<Found> withoutTrailingTitle(int first, int last) {
        for (int start = first; start <= last; start++) {
            if (kb.title(Tree.lower(tree.words(start, last))).isPresent()) {
                return start == first ? Optional.empty() : Optional.of(named(first, start - 1));
            }
        }
        return Optional.of(new Found(first, last, MentionType.ORGANISATION, null));
    }

    private Found named(int first, int last) {
        StringBuilder surface = new StringBuilder();
        for (int i = first; i <= last; i++) {
            surface.append(tree.token(i).word());
        }
        return kb.lookup(surface.toString())
                .map(entry -> new Found(first, last, typeOf(entry), entry))
                .orElseGet(() -> new Found(first, last, MentionType.ORGANISATION, null));
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
