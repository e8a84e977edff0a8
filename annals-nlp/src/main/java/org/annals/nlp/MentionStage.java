package org.annals.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Stage;
import org.annals.core.Token;

/**
 * Named-entity mentions (runs of tokens with one CoNLL tag within a sentence) and personal-pronoun mentions, in text
 * order. Actor ids stay empty: resolving them is the "actors" stage's job.
 */
public final class MentionStage implements Stage {
    public static final String NAME = "mentions";
    private static final Map<String, MentionType> TYPES = Map.of(
            "PERSON", MentionType.PERSON,
            "ORGANIZATION", MentionType.ORGANISATION,
            "LOCATION", MentionType.LOCATION,
            "MISC", MentionType.MISC);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "they", "them", "their");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.NER);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public Document apply(Document document) {
        List<Mention> mentions = new ArrayList<>();
        List<Token> tokens = document.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            MentionType type = TYPES.get(token.ner());
            if (type != null) {
                int end = NerRuns.end(tokens, i);
                mentions.add(mention(document, token, tokens.get(end - 1), type));
                i = end;
            } else {
                if (PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT))) {
                    mentions.add(mention(document, token, token, MentionType.PRONOUN));
                }
                i++;
            }
        }
        return document.withMentions(mentions);
    }

    private static Mention mention(Document document, Token first, Token last, MentionType type) {
        Span span = new Span(first.span().start(), last.span().end());
        return new Mention(span, document.textOf(span), type, "", "");
    }
}
