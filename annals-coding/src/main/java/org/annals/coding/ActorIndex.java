package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/** Which resolved actor a token refers to, and which actors were mentioned most recently before a token. */
final class ActorIndex {
    private final Document document;
    private final Map<String, Actor> actors;
    private final List<Mention> mentions;

    ActorIndex(Document document) {
        this.document = document;
        this.actors = document.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        this.mentions = document.mentions().stream()
                .filter(m -> m.isResolved() && actors.containsKey(m.actorId()))
                .sorted(Comparator.comparing(Mention::span))
                .toList();
    }

    /** The actor of the smallest resolved mention covering the token. */
    Optional<Mention> mentionAt(Token token) {
        return mentions.stream().filter(m -> m.span().contains(token.span())).min(Comparator.comparingInt(m -> m.span()
                .length()));
    }

    Optional<String> actorAt(Token token) {
        return mentionAt(token).filter(m -> m.type() != MentionType.NATIONALITY).map(Mention::actorId);
    }

    /** The country of a nationality word at the token ("Iranian"), which {@link #actorAt} leaves out. */
    Optional<String> nationalityAt(Token token) {
        return mentionAt(token).filter(m -> m.type() == MentionType.NATIONALITY).map(Mention::actorId);
    }

    Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** Whether the actor is a group the text names only by what it is ("the attacker", "his sister"). */
    boolean unnamedGroup(String id) {
        return actor(id).filter(a -> a.kind() == ActorKind.GROUP).isPresent();
    }

    /** The two most recent distinct persons before {@code offset}; fewer if the document has fewer. */
    List<String> recentPersons(int offset, int count) {
        return recent(offset, count, m -> actors.get(m.actorId()).kind() == ActorKind.PERSON, Mention::actorId);
    }

    /** The most recent distinct countries (by ISO3) named or acting through their government before {@code offset}. */
    List<String> recentCountries(int offset, int count) {
        return recent(
                offset,
                count,
                m -> {
                    Actor actor = actors.get(m.actorId());
                    return (actor.kind() == ActorKind.COUNTRY || actor.kind() == ActorKind.GOVERNMENT)
                            && m.type() != MentionType.NATIONALITY;
                },
                m -> actors.get(m.actorId()).country());
    }

    private List<String> recent(
            int offset, int count, java.util.function.Predicate<Mention> kind, Function<Mention, String> key) {
        Set<String> found = new LinkedHashSet<>();
        List<Mention> before = new ArrayList<>(mentions.stream()
                .filter(m -> m.span().end() <= offset)
                .filter(kind)
                .toList());
        for (int i = before.size() - 1; i >= 0 && found.size() < count; i--) {
            String value = key.apply(before.get(i));
            if (!value.isEmpty()) {
                found.add(value);
            }
        }
        return new ArrayList<>(found);
    }

    Document document() {
        return document;
    }
}
