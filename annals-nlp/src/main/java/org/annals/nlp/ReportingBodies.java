package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "The hurricane centre reported the storm had winds of 30 mph. ... On Tuesday, however, they reported it had
 * dissipated": a speaking "they" goes on in the voice of the body that made the latest report of its paragraph, up to
 * two sentences back, as "he" and "she" go on in a person's ({@link PreviousSpeakers}). News writes "they" for an
 * agency, a company or "authorities" alike. Only a body counts: an organisation, a description the actors stage made
 * a government, an organisation or an international body, or a description with no actor whose noun is singular
 * ("Day's animal foundation"): "they" for a singular noun stands for the body it names. When the latest report is a
 * person's, "they" may be anyone, and stays open; a described group ("the researchers") is left open too, since its
 * words need no name (the guidelines give a described collective no identity) and the name of its actor, taken
 * from its first description ("researchers mostly from ... in the U.S."), is no name a reader would give.
 */
final class ReportingBodies {
    private static final String THEY = "they";
    private static final int SENTENCES_BACK = 2;
    private static final Set<ActorKind> BODIES = Set.of(ActorKind.ORGANISATION, ActorKind.GOVERNMENT, ActorKind.IGO);

    private ReportingBodies() {}

    /** The body that reported last before the subject {@code subject}, if it is "they". */
    static Optional<Mention> of(Document document, Token subject, Predicate<Token> isCue) {
        if (!subject.word().toLowerCase(Locale.ROOT).equals(THEY)) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        for (int at = subject.index() - 1; at >= 0 && withinReach(document, tokens.get(at), subject); at--) {
            Token token = tokens.get(at);
            if (token.word().equalsIgnoreCase("according") || !isCue.test(token)) {
                continue;
            }
            Optional<Mention> reporter = Speakers.subjectOf(tokens, token)
                    .filter(s -> s.index() != subject.index())
                    .flatMap(s -> Speakers.mentionOf(document, s));
            if (reporter.isPresent()) {
                return reporter.filter(m -> isBody(document, m));
            }
        }
        return Optional.empty();
    }

    private static boolean withinReach(Document document, Token earlier, Token subject) {
        return earlier.sentence() >= subject.sentence() - SENTENCES_BACK && sameBlock(document, earlier, subject);
    }

    private static boolean sameBlock(Document document, Token earlier, Token later) {
        return document.blocks().stream()
                .map(Block::span)
                .anyMatch(span -> span.contains(earlier.span()) && span.contains(later.span()));
    }

    private static boolean isBody(Document document, Mention mention) {
        if (mention.type() == MentionType.ORGANISATION) {
            return true;
        }
        if (mention.type() != MentionType.DESCRIPTION) {
            return false;
        }
        Optional<ActorKind> kind = document.actors().stream()
                .filter(a -> a.id().equals(mention.actorId()))
                .map(Actor::kind)
                .findFirst();
        return kind.map(BODIES::contains).orElseGet(() -> namesOneBody(document, mention));
    }

    /** "Day's animal foundation said": a description with no actor names one body when its noun is singular. */
    private static boolean namesOneBody(Document document, Mention mention) {
        return Speakers.lastToken(document.tokens(), mention)
                .map(t -> t.pos().equals("NN"))
                .orElse(false);
    }
}
