package org.annals.nlp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.WordLists;

/**
 * The speaker label that opens a paragraph of an interview printed as turns: "Natasha Gownaris: I've wanted ...",
 * "NG: This study ...", "((Dorsa Derakhshani)) I'm a ...", "Q: Why ...". A label names the answerer when it is the
 * full or last name of a person the article names, or the initials of such a name; it names the interviewer when it
 * is "Q", "Question", the publication or another label of {@code interviewer-labels.txt}; otherwise nobody.
 */
final class SpeakerLabels {
    private static final String INTERVIEWER_FILE = "/org/annals/nlp/interviewer-labels.txt";
    // "((Name))" with an optional colon after it, as Wikinews prints its turns.
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\(\\(([^()\\n]{1,60})\\)\\)\\s*:?[ \\t]*");
    // "Name Surname:" at the start of a paragraph: one to four capitalised words, then a colon and the words said.
    private static final Pattern COLON =
            Pattern.compile("^\\s*(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})[ \\t]?:[ \\t]+(?=\\S)");
    private static final int LONGEST_INITIALS = 4;

    /** Who a label names. */
    enum Role {
        ANSWERER,
        INTERVIEWER,
        NOBODY
    }

    /** A paragraph's label: who it names, the answerer's mention when it names one, and where the words start. */
    record Label(Role role, Optional<Mention> speaker, int wordsStart) {}

    private final Set<String> interviewerLabels;

    SpeakerLabels() {
        this.interviewerLabels = WordLists.read(INTERVIEWER_FILE);
    }

    /** The label opening the paragraph, if it opens with one. */
    Optional<Label> of(Document document, Block paragraph) {
        String text = document.textOf(paragraph.span());
        Matcher matcher = BRACKETED.matcher(text);
        if (!matcher.find()) {
            matcher = COLON.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
        }
        String name = matcher.group(1).strip().replaceAll("\\s+", " ");
        int wordsStart = paragraph.span().start() + matcher.end();
        // "((WSS)) Which president ...?": whoever the label names, a paragraph that ends in a question asks it.
        if (isInterviewer(document, name) || text.strip().endsWith("?")) {
            return Optional.of(new Label(Role.INTERVIEWER, Optional.empty(), wordsStart));
        }
        Span label = new Span(paragraph.span().start(), wordsStart);
        Optional<Mention> speaker = person(document, name, label);
        return Optional.of(new Label(speaker.isPresent() ? Role.ANSWERER : Role.NOBODY, speaker, wordsStart));
    }

    private boolean isInterviewer(Document document, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return interviewerLabels.contains(lower)
                || lower.equals(document.metadata().publisher().strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The person the label names: of the person mentions whose name it gives in full, by last name or by initials,
     * the longest; none when two of them have different last names. The label itself is no such mention: a caption
     * "Jo JorgensenImage: ..." names nobody the article names.
     */
    private static Optional<Mention> person(Document document, String name, Span label) {
        List<String> labelWords = words(name);
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
        List<Mention> named = document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON && !label.overlaps(m.span()))
                .filter(m -> names(labelWords, capitals, words(m.text())))
                .toList();
        long surnames =
                named.stream().map(m -> last(words(m.text()))).distinct().count();
        if (surnames != 1) {
            return Optional.empty();
        }
        return named.stream()
                .max(Comparator.comparingInt((Mention m) -> words(m.text()).size())
                        .thenComparing(m -> -m.span().start()))
                .map(m -> ShortNames.fullName(document, m));
    }

    private static boolean names(List<String> label, boolean capitals, List<String> name) {
        if (name.isEmpty()) {
            return false;
        }
        return label.equals(name)
                || label.size() == 1 && name.size() > 1 && label.get(0).equals(last(name))
                || capitals && label.size() == 1 && name.size() > 1 && initials(label.get(0), name);
    }

    /** "NG" for Natasha Gownaris: as many letters as the name has words, each its word's first letter. */
    private static boolean initials(String label, List<String> name) {
        String letters = label.replace(".", "");
        if (letters.length() != name.size() || letters.length() > LONGEST_INITIALS) {
            return false;
        }
        for (int at = 0; at < letters.length(); at++) {
            if (name.get(at).charAt(0) != letters.charAt(at)) {
                return false;
            }
        }
        return true;
    }

    /** The words of a name in lower case, without a possessive ending. */
    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT)
                        .replaceAll("['’]s$", "")
                        .strip()
                        .split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
