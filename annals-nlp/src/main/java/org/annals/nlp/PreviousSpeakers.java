package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "Ruiz wrote she had ordered checks. She tweeted, "..."": a "he" or "she" who speaks right after a report goes on
 * in the voice of the person who made it, even where another person is the subject of an earlier clause ("Brown
 * said ... while Ruiz wrote ..."). Read from the latest cue of the same or the previous sentence; a cue whose
 * speaker is no person ("the ministry said") leaves the pronoun to the usual antecedent.
 */
final class PreviousSpeakers {
    private static final Set<String> SINGULAR = Set.of("he", "she");

    private PreviousSpeakers() {}

    /** The person who spoke last before the pronoun {@code subject}, if it is "he" or "she". */
    static Optional<Mention> of(Document document, Token subject, Predicate<Token> isCue) {
        if (!SINGULAR.contains(subject.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        for (int at = subject.index() - 1; at >= 0 && tokens.get(at).sentence() >= subject.sentence() - 1; at--) {
            Token token = tokens.get(at);
            if (!isCue.test(token)) {
                continue;
            }
            Optional<Mention> speaker = token.word().equalsIgnoreCase("according")
                    ? sourceAfter(document, token)
                    : Speakers.subjectOf(tokens, token).flatMap(s -> Speakers.covering(document, s));
            if (speaker.isPresent() && speaker.get().type() != MentionType.PRONOUN) {
                Mention found = speaker.get();
                return isPerson(document, found)
                        ? speaker
                        : lastProperNoun(tokens, found).flatMap(t -> Speakers.personBySurname(document, t));
            }
        }
        return Optional.empty();
    }

    /** Tagged a person, or resolved to one by the actor stage. */
    private static boolean isPerson(Document document, Mention mention) {
        return mention.type() == MentionType.PERSON
                || document.actors().stream()
                        .anyMatch(a -> a.id().equals(mention.actorId()) && a.kind() == ActorKind.PERSON);
    }

    /** "according to Kidston" tagged a place: a surname of a person named earlier is that person. */
    private static Optional<Token> lastProperNoun(List<Token> tokens, Mention mention) {
        return tokens.stream()
                .filter(t -> mention.span().contains(t.span()) && t.isProperNoun())
                .reduce((first, second) -> second);
    }

    /** "according to Ruiz": the first mention after "to" in the sentence. */
    private static Optional<Mention> sourceAfter(Document document, Token according) {
        int after = according.span().end();
        return document.mentions().stream()
                .filter(m -> m.span().start() > after)
                .filter(m -> document.sentenceAt(m.span().start())
                        .map(s -> s.index() == according.sentence())
                        .orElse(false))
                .findFirst();
    }
}
