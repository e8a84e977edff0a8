package org.annals.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Quote;
import org.annals.core.WordLists;

/**
 * A state that speaks speaks as its government (docs/quote-annotation.md, "The speaker"): "Turkey maintains that
 * ...", "according to the United States", "the US Embassy in London advised ..." are the words of {@code TUR.GOV}
 * and {@code USA.GOV}. The actors stage keeps a country name the country, which is what it is as a place and as the
 * party of an event, and an embassy a body of its own; only as the source of words are they the government. A
 * capital that speaks ("Beijing said") is the government already. A country mention the actors stage read as a
 * place ("in Turkey, ...") is not rewritten, whatever a rule took it for.
 *
 * <p>The government gets an actor of its own when the document has none, so that what is said can be looked up by
 * it; it is named as the actors stage names governments.
 */
final class StateVoices {
    private static final String POSTS_FILE = "/org/annals/nlp/diplomatic-posts.txt";
    private static final String PLACE_ROLE = "place";
    private static final String GOVERNMENT_SUFFIX = ".GOV";

    private final Set<String> posts;

    StateVoices() {
        this.posts = WordLists.read(POSTS_FILE);
    }

    /** {@code document} with {@code quotes}, each quote of a speaking state credited to that state's government. */
    Document credit(Document document, List<Quote> quotes) {
        List<Actor> actors = new ArrayList<>(document.actors());
        List<Quote> credited = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            Optional<Actor> government = stateOf(document, quote).map(state -> government(actors, state));
            credited.add(government
                    .map(g -> quote.withSpeaker(g.id(), quote.speakerSpan()))
                    .orElse(quote));
        }
        Document withQuotes = document.withQuotes(credited);
        return actors.size() == document.actors().size()
                ? withQuotes
                : withQuotes.withActors(actors, document.mentions());
    }

    /** The country or diplomatic post that is the quote's speaker, unless its mention is a place. */
    private Optional<Actor> stateOf(Document document, Quote quote) {
        if (quote.speakerId().isEmpty() || isPlace(document, quote)) {
            return Optional.empty();
        }
        return document.actors().stream()
                .filter(a -> a.id().equals(quote.speakerId()))
                .filter(a -> a.kind() == ActorKind.COUNTRY || isDiplomaticPost(a))
                .filter(a -> !a.country().isEmpty())
                .findFirst();
    }

    private boolean isDiplomaticPost(Actor actor) {
        return actor.kind() == ActorKind.ORGANISATION
                && Arrays.stream(actor.name().toLowerCase(Locale.ROOT).split("\\s+"))
                        .anyMatch(posts::contains);
    }

    private static boolean isPlace(Document document, Quote quote) {
        return quote.speakerSpan() != null
                && document.mentions().stream()
                        .filter(m -> m.span().equals(quote.speakerSpan()))
                        .map(Mention::role)
                        .anyMatch(PLACE_ROLE::equals);
    }

    private static Actor government(List<Actor> actors, Actor state) {
        String id = state.country() + GOVERNMENT_SUFFIX;
        Optional<Actor> known = actors.stream().filter(a -> a.id().equals(id)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        Actor made = new Actor(
                id,
                "Government of " + countryName(actors, state),
                ActorKind.GOVERNMENT,
                state.country(),
                "",
                "GOV",
                List.of(),
                List.of());
        actors.add(made);
        return made;
    }

    // An embassy's country may be named only inside the embassy's name; its code then stands for the name.
    private static String countryName(List<Actor> actors, Actor state) {
        return actors.stream()
                .filter(a -> a.kind() == ActorKind.COUNTRY && a.id().equals(state.country()))
                .map(Actor::name)
                .findFirst()
                .orElse(state.country());
    }
}
