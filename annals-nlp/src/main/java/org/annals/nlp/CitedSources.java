package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "CBS News reported, citing Johns Hopkins University data, there were ...": a report whose cue carries a participle
 * "citing" or "quoting" set off after it relays the named source it cites, and the guidelines credit the source, not
 * the medium. A source without a name ("Reuters, citing anonymous sources, reported") leaves the medium the speaker.
 */
final class CitedSources {
    private static final Set<String> CITING = Set.of("cite", "quote");
    private static final Set<MentionType> NAMED = Set.of(MentionType.PERSON, MentionType.ORGANISATION);
    // The tagger's lemma of "data" is "datum".
    private static final Set<String> RECORDS = Set.of(
            "data",
            "datum",
            "figure",
            "statistic",
            "statistics",
            "report",
            "statement",
            "estimate",
            "count",
            "tally",
            "record");

    private CitedSources() {}

    /** The named person or body the participle after {@code cue} cites, if any. */
    static Optional<Mention> of(Document document, Token cue) {
        List<Token> tokens = document.tokens();
        return citing(tokens, cue).flatMap(participle -> tokens.stream()
                .filter(t -> t.head() == participle.index() && t.deprel().equals("obj"))
                .findFirst()
                .flatMap(object -> named(document, object)));
    }

    private static Optional<Token> citing(List<Token> tokens, Token cue) {
        return tokens.stream()
                .filter(t -> t.head() == cue.index()
                        && t.index() > cue.index()
                        && t.pos().equals("VBG")
                        && CITING.contains(t.lemma().toLowerCase(Locale.ROOT))
                        && tokens.get(t.index() - 1).word().equals(","))
                .findFirst();
    }

    // The source is the object itself ("citing Ana Ruiz") or the owner of what it keeps or issued ("citing Acme
    // data", "citing a report by Acme"); "citing the Republicans' refusal" gives a reason, not a source.
    private static Optional<Mention> named(Document document, Token object) {
        List<Token> tokens = document.tokens();
        boolean record = RECORDS.contains(object.lemma().toLowerCase(Locale.ROOT));
        return document.mentions().stream()
                .filter(m -> NAMED.contains(m.type()))
                .filter(m -> Speakers.lastToken(tokens, m)
                        .map(t -> t.index() == object.index() || record && isAbove(tokens, object, t))
                        .orElse(false))
                .findFirst();
    }

    private static boolean isAbove(List<Token> tokens, Token object, Token last) {
        return last.head() == object.index()
                || last.head() >= 0 && tokens.get(last.head()).head() == object.index();
    }
}
