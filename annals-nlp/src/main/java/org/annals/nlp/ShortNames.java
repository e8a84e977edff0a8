package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;

/**
 * "the Harbour Gas and Power Company (HG&P) ... HG&P said": a short name the article defines in parentheses right
 * after an organisation's full name stands for that organisation, even where the actor stage kept the two apart (a
 * short name that is no plain acronym, like "HG&P" or "Insolhyd").
 */
final class ShortNames {
    private static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\s*\\).*", Pattern.DOTALL);

    private ShortNames() {}

    /** The speaker with the actor of the full name its short name was defined for; the speaker itself otherwise. */
    static Mention fullName(Document document, Mention named) {
        Mention speaker = RespeltNames.resolved(document, named);
        if (speaker.actorId().isEmpty()) {
            return speaker;
        }
        return definitionOf(document, speaker.actorId())
                .map(full -> speaker.withActor(full.actorId(), speaker.role()))
                .orElse(speaker);
    }

    private static Optional<Mention> definitionOf(Document document, String shortActor) {
        List<Mention> organisations = document.mentions().stream()
                .filter(m ->
                        m.type() == MentionType.ORGANISATION && !m.actorId().isEmpty())
                .toList();
        for (int at = 0; at + 1 < organisations.size(); at++) {
            Mention full = organisations.get(at);
            Mention defined = organisations.get(at + 1);
            if (defined.actorId().equals(shortActor)
                    && !full.actorId().equals(shortActor)
                    && isParenthesisedAfter(document.text(), full, defined)) {
                return Optional.of(full);
            }
        }
        return Optional.empty();
    }

    private static boolean isParenthesisedAfter(String text, Mention full, Mention defined) {
        int start = defined.span().start();
        int end = defined.span().end();
        return full.span().end() <= start
                && OPENING.matcher(text.substring(full.span().end(), start)).matches()
                && CLOSING.matcher(text.substring(end, Math.min(text.length(), end + 2)))
                        .matches();
    }
}
