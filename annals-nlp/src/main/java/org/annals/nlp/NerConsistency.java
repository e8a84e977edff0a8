package org.annals.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.core.Token;

/**
 * Fills NER gaps the CRF leaves in proper nouns, with document-internal evidence only: a surname or name already
 * tagged elsewhere in the article ("Xi" after "Xi Jinping"), an acronym of a tagged organisation ("SCO" after
 * "Shanghai Cooperation Organization"), and a proper noun right after a designating noun ("energy giant Gazprom",
 * "leader Xi").
 */
final class NerConsistency {
    private static final Set<String> ORGANISATION_NOUNS = Set.of(
            "company",
            "firm",
            "giant",
            "group",
            "agency",
            "bank",
            "maker",
            "producer",
            "operator",
            "carrier",
            "airline",
            "manufacturer",
            "retailer",
            "conglomerate",
            "broadcaster",
            "newspaper",
            "party",
            "startup",
            "corporation",
            "insurer",
            "lender",
            "monopoly",
            "outlet",
            "network",
            "club",
            "organisation",
            "organization",
            "union",
            "ministry",
            "militia");
    private static final Set<String> PERSON_NOUNS = Set.of(
            "president",
            "leader",
            "minister",
            "premier",
            "chancellor",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "general",
            "senator",
            "governor",
            "mayor",
            "ambassador",
            "secretary",
            "chairman",
            "chairwoman",
            "ceo",
            "director",
            "judge",
            "lawyer",
            "mr.",
            "mrs.",
            "ms.",
            "dr.");

    // Tags of names the tagger may cut off an organisation after "of" ("... Union of Montana").
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "on", "for");
    // "and Human Services", "and Engineering": a second field of a body's name is a word or two.
    private static final int MAX_FIELD_WORDS = 2;

    private NerConsistency() {}

    /** "company", "broadcaster", "union": a common noun that stands for an organisation. */
    static boolean isOrganisationNoun(String word) {
        return ORGANISATION_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static List<Token> apply(List<Token> tokens) {
        Map<Integer, String> defined = definedByAcronym(tokens);
        defined.putAll(continuedAfterPreposition(tokens));
        defined.putAll(continuedAfterAnd(tokens, defined));
        Map<String, String> known = knownNames(tokens);
        List<Token> result = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (defined.containsKey(i)) {
                result.add(withNer(token, defined.get(i)));
                continue;
            }
            if (isPostpositiveTitle(tokens, i)) {
                result.add(withNer(token, "O"));
                continue;
            }
            String tag = token.ner().equals("O") && token.isProperNoun() ? guess(tokens, result, i, known) : "O";
            result.add(tag.equals("O") ? token : withNer(token, tag));
        }
        return result;
    }

    /**
     * "Director General of the institute", "Attorney General": the "General" of a postpositive title is no name, though
     * it follows a title noun and the tagger may call it a person; a pronoun would then resolve to it.
     */
    private static boolean isPostpositiveTitle(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.word().equals("General") || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        boolean afterTitle = previous.sentence() == token.sentence()
                && previous.isProperNoun()
                && !previous.ner().equals("PERSON");
        // "Director General Ana Ruiz": the title goes on into a name, whose tag stays.
        return afterTitle && !next.ner().equals("PERSON");
    }

    private static String guess(List<Token> tokens, List<Token> done, int i, Map<String, String> known) {
        Token token = tokens.get(i);
        String fromDocument = known.get(token.word());
        if (fromDocument != null) {
            return fromDocument;
        }
        if (i > 0 && tokens.get(i - 1).sentence() == token.sentence()) {
            Token previous = done.get(i - 1);
            String word = previous.word().toLowerCase(Locale.ROOT);
            if (previous.ner().equals("O") && ORGANISATION_NOUNS.contains(word)) {
                return "ORGANIZATION";
            }
            if (previous.ner().equals("O") && PERSON_NOUNS.contains(word)) {
                return "PERSON";
            }
            // Continue a run just tagged by this pass ("leader Kim Il" -> both tokens).
            if (previous.isProperNoun()
                    && !previous.ner().equals("O")
                    && tokens.get(i - 1).ner().equals("O")) {
                return previous.ner();
            }
        }
        return "O";
    }

    /**
     * "the Syrian Democratic Forces (SDF)", "Notes from Poland (NFP)": words the tagged acronym in parentheses after
     * them spells are its name, with its tag, whatever the tagger made of them (a nationality, a place, nothing), so
     * the acronym and the name become one actor. A short name that is no plain acronym ("Harbour Gas and Power
     * Company (HG&P)", "Institute of Soils and Hydrology (Insolhyd)") names the organisation the tagger saw in the
     * words before it, which the tagger often cuts at "and" or a comma.
     */
    private static Map<Integer, String> definedByAcronym(List<Token> tokens) {
        Map<Integer, String> defined = new HashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Token acronym = tokens.get(i + 1);
            boolean parenthesised = tokens.get(i).pos().equals("-LRB-")
                    && tokens.get(i + 2).pos().equals("-RRB-")
                    && acronym.ner().equals("ORGANIZATION")
                    && acronym.word().length() >= 2
                    && Character.isUpperCase(acronym.word().charAt(0))
                    && acronym.word().chars().allMatch(c -> Character.isLetter(c) || c == '&');
            int first = parenthesised ? nameStart(tokens, i, acronym.word()) : -1;
            for (int at = first; at >= 0 && at < i; at++) {
                defined.put(at, acronym.ner());
            }
        }
        return defined;
    }

    /**
     * "the American Civil Liberties Union of Montana", "the Commission on Presidential Debates": the tagger often ends
     * an organisation at a preposition and calls what follows a place or nothing, so the body is read as another
     * (the national union, a bare "Commission", with "Presidential Debates" a body of its own). Capitalised words
     * right after "of", "on" or "for" continue the name; a date ("Acme on Monday"), a title or a person does not.
     */
    private static Map<Integer, String> continuedAfterPreposition(List<Token> tokens) {
        Map<Integer, String> continued = new HashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token preposition = tokens.get(i + 1);
            boolean afterName = tokens.get(i).ner().equals("ORGANIZATION")
                    && preposition.sentence() == tokens.get(i).sentence()
                    && NAME_PREPOSITIONS.contains(preposition.word())
                    && preposition.ner().equals("O");
            if (!afterName) {
                continue;
            }
            int end = i + 2;
            while (end < tokens.size()
                    && tokens.get(end).sentence() == preposition.sentence()
                    && isCapitalisedNameWord(tokens.get(end))
                    && continuesName(tokens.get(end), preposition)) {
                end++;
            }
            // "on Presidential Debates": the tagger calls a capitalised word of a name an adjective; a name ends in a
            // noun.
            while (end > i + 2 && !tokens.get(end - 1).isNoun()) {
                end--;
            }
            for (int at = i + 1; end > i + 2 && at < end; at++) {
                continued.put(at, "ORGANIZATION");
            }
        }
        return continued;
    }

    /**
     * "the Center for Systems Science and Engineering", "the Department of Health and Human Services": after the
     * preposition of an organisation's name, "and" with capitalised words the tagger left untagged, and then nothing
     * capitalised, joins a second field of the same body, not a second body (that one the tagger would have named:
     * "the Ministry of Health and Reuters").
     */
    private static Map<Integer, String> continuedAfterAnd(List<Token> tokens, Map<Integer, String> defined) {
        Map<Integer, String> continued = new HashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token and = tokens.get(i + 1);
            boolean afterName = isOrganisation(tokens, defined, i)
                    && and.word().equals("and")
                    && and.ner().equals("O")
                    && and.sentence() == tokens.get(i).sentence()
                    && hasNamePreposition(tokens, defined, i);
            if (!afterName) {
                continue;
            }
            int end = i + 2;
            while (end < tokens.size()
                    && end - i - 2 < MAX_FIELD_WORDS
                    && tokens.get(end).sentence() == and.sentence()
                    && isCapitalisedNameWord(tokens.get(end))
                    && tokens.get(end).ner().equals("O")
                    && continuesName(tokens.get(end), and)) {
                end++;
            }
            boolean closed = end >= tokens.size()
                    || tokens.get(end).sentence() != and.sentence()
                    || !Character.isUpperCase(tokens.get(end).word().charAt(0));
            if (end > i + 2 && closed && tokens.get(end - 1).isNoun()) {
                for (int at = i + 1; at < end; at++) {
                    continued.put(at, "ORGANIZATION");
                }
            }
        }
        return continued;
    }

    private static boolean isOrganisation(List<Token> tokens, Map<Integer, String> defined, int at) {
        return "ORGANIZATION".equals(defined.getOrDefault(at, tokens.get(at).ner()));
    }

    /** Whether the organisation ending at {@code last} has "of", "on" or "for" inside its name. */
    private static boolean hasNamePreposition(List<Token> tokens, Map<Integer, String> defined, int last) {
        for (int at = last;
                at >= 0 && tokens.get(at).sentence() == tokens.get(last).sentence();
                at--) {
            if (!isOrganisation(tokens, defined, at)) {
                return false;
            }
            if (NAME_PREPOSITIONS.contains(tokens.get(at).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalisedNameWord(Token token) {
        return (token.isProperNoun() || token.pos().equals("JJ") || token.pos().startsWith("NN"))
                && Character.isUpperCase(token.word().charAt(0));
    }

    private static boolean continuesName(Token token, Token preposition) {
        String tag = token.ner();
        String word = token.word().toUpperCase(Locale.ROOT);
        if (PERSON_NOUNS.contains(word.toLowerCase(Locale.ROOT))
                || DescribedSpeakers.namesATime(token)
                || CalendarNames.isMonth(word)) {
            // "the Commission on Presidential Debates Chairman Bo Kim", "Acme on March 5": a title or a date after
            // the name is no part of it, though the tagger may leave it untagged.
            return false;
        }
        return tag.equals("O")
                || tag.equals("MISC")
                || tag.equals("ORGANIZATION")
                || (preposition.word().equals("of") && PLACE_TAGS.contains(tag));
    }

    /**
     * The first token of the words before {@code bracket} whose initials spell {@code acronym}, or -1. A short name
     * with small letters or "&" abbreviates more loosely: its capitals are initials of the name in order, the first
     * of them the name's first, and the tagger must have seen an organisation and no person in those words.
     */
    private static int nameStart(List<Token> tokens, int bracket, String acronym) {
        int sentence = tokens.get(bracket).sentence();
        boolean plain = acronym.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        String capitals = acronym.replaceAll("[^A-Z]", "");
        for (int start = bracket - 1; start >= 0 && bracket - start <= 2 * acronym.length() + 2; start--) {
            Token first = tokens.get(start);
            // "Institute of Soils, Water and Hydrology (ISWH)": a comma inside the name is no initial.
            boolean joiner = first.word().equals(",") || !plain && first.word().equals("&");
            if (first.sentence() != sentence || !(joiner || first.word().chars().allMatch(Character::isLetter))) {
                return -1;
            }
            List<Token> run = tokens.subList(start, bracket);
            boolean capitalised = Character.isUpperCase(first.word().charAt(0));
            boolean spelt = plain
                    ? initials(run, false).equals(acronym)
                            || initials(run, true).equals(acronym)
                    : abbreviates(run, capitals) || writtenInitials(run).equals(acronym);
            if (capitalised && spelt) {
                return start;
            }
        }
        return -1;
    }

    private static boolean abbreviates(List<Token> run, String capitals) {
        String initials = initials(run, true).replaceAll("[^A-Z]", "");
        int matched = 0;
        for (int at = 0; at < initials.length() && matched < capitals.length(); at++) {
            if (initials.charAt(at) == capitals.charAt(matched)) {
                matched++;
            } else if (at == 0) {
                return false;
            }
        }
        return matched == capitals.length()
                && run.stream().anyMatch(t -> t.ner().equals("ORGANIZATION"))
                && run.stream().noneMatch(t -> t.ner().equals("PERSON"));
    }

    /**
     * "Transport for London (TfL)", "Friends of the Earth (FotE)": a short name whose small letters are the initials of
     * the name's small words, letter for letter, spells the name whatever the tagger made of its words.
     */
    private static String writtenInitials(List<Token> run) {
        StringBuilder initials = new StringBuilder();
        for (Token token : run) {
            if (!token.word().isEmpty()) {
                initials.append(token.word().charAt(0));
            }
        }
        return initials.toString();
    }

    /** The first letters of the words of a run, of its capitalised words only or of all, upper-cased. */
    private static String initials(List<Token> run, boolean all) {
        StringBuilder initials = new StringBuilder();
        for (Token token : run) {
            if (!token.word().isEmpty()
                    && (all || Character.isUpperCase(token.word().charAt(0)))) {
                initials.append(Character.toUpperCase(token.word().charAt(0)));
            }
        }
        return initials.toString();
    }

    /** Single tokens of tagged names, and acronyms of multi-word organisations. */
    private static Map<String, String> knownNames(List<Token> tokens) {
        Map<String, String> known = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(tag) && !tag.equals("O")) {
                end++;
            }
            if (tag.equals("PERSON") || tag.equals("ORGANIZATION")) {
                remember(tokens.subList(i, end), tag, known);
            }
            i = end;
        }
        return known;
    }

    private static void remember(List<Token> run, String tag, Map<String, String> known) {
        if (tag.equals("PERSON")) {
            // Surnames: the first token covers East Asian order ("Xi Jinping"), the last the Western one.
            known.putIfAbsent(run.get(0).word(), tag);
            known.putIfAbsent(run.get(run.size() - 1).word(), tag);
            return;
        }
        if (run.size() == 1) {
            known.putIfAbsent(run.get(0).word(), tag);
            return;
        }
        String acronym = initials(run, false);
        if (acronym.length() >= 2) {
            known.putIfAbsent(acronym, tag);
        }
    }

    /** The token with another NER tag. */
    static Token withNer(Token token, String tag) {
        return new Token(
                token.index(),
                token.span(),
                token.word(),
                token.lemma(),
                token.pos(),
                tag,
                token.sentence(),
                token.head(),
                token.deprel());
    }
}
