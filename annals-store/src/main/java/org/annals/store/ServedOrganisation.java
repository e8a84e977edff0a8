package org.annals.store;

import java.util.Locale;
import java.util.regex.Pattern;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;

/**
 * The organisation an actor's title belongs to, when the text names it right beside the title: "Gazprom CEO",
 * "Gazprom's CEO", "Kremlin spokesman", "the CEO of Gazprom". Only the words between the two decide, so a title
 * merely near an organisation ("CEO Alexei Miller met Gazprom's board") gives none.
 */
final class ServedOrganisation {
    /** Between an organisation and a title after it: nothing or a possessive. */
    private static final Pattern BEFORE_TITLE = Pattern.compile("\\s?(?:['’]s?\\s)?");
    /** Between a title and an organisation after it: "of", "at", "of the". */
    private static final Pattern AFTER_TITLE = Pattern.compile("\\s+(?:of|at)\\s+(?:the\\s+)?");

    private ServedOrganisation() {}

    /** The organisation's actor id, or empty when the text names none beside the actor's evidence. */
    static String of(Document doc, Actor actor) {
        for (Span evidence : actor.evidence()) {
            for (Mention mention : doc.mentions()) {
                if (mention.type() == MentionType.ORGANISATION
                        && mention.isResolved()
                        && !mention.actorId().equals(actor.id())
                        && beside(doc.text(), mention.span(), evidence)) {
                    return mention.actorId();
                }
            }
        }
        return "";
    }

    private static boolean beside(String text, Span organisation, Span title) {
        if (organisation.end() <= title.start()) {
            return BEFORE_TITLE
                    .matcher(StoredText.cover(text, new Span(organisation.end(), title.start())))
                    .matches();
        }
        if (title.end() <= organisation.start()) {
            String between = StoredText.cover(text, new Span(title.end(), organisation.start()));
            return AFTER_TITLE.matcher(between.toLowerCase(Locale.ROOT)).matches();
        }
        return false;
    }
}
