package org.annals.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Quantity;
import org.annals.core.Span;
import org.annals.core.Stage;
import org.annals.core.TimeMention;
import org.annals.core.Token;

/**
 * Numbers with their unit, approximation and measure ("about 15%" of "gas supplies", "two dozen world leaders").
 * Tokens inside time mentions are skipped so that years and durations are not counted as quantities.
 */
public final class QuantityStage implements Stage {
    public static final String NAME = "quantities";
    private static final Map<String, String> CURRENCY_SYMBOLS =
            Map.of("$", "USD", "us$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY/CNY");
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
            Map.entry("%", "%"),
            Map.entry("percent", "%"),
            Map.entry("usd", "USD"),
            Map.entry("dollar", "USD"),
            Map.entry("eur", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("ruble", "RUB"),
            Map.entry("rouble", "RUB"),
            Map.entry("rub", "RUB"),
            Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"),
            Map.entry("pound", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("yen", "JPY"));
    private static final Set<String> APPROXIMATORS = Set.of(
            "about",
            "approximately",
            "around",
            "nearly",
            "almost",
            "roughly",
            "some",
            "over",
            "~",
            "circa",
            "estimated");
    private static final Set<String> APPROXIMATOR_PAIRS =
            Set.of("more than", "up to", "at least", "fewer than", "less than", "as many", "close to");
    /** Determiners that turn a bare cardinal into a noun phrase head ("as the two met", "those three"). */
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "these", "those", "both", "all");

    private static final Map<String, Double> VAGUE_PLURALS =
            Map.of("dozens", 12.0, "hundreds", 100.0, "thousands", 1_000.0, "millions", 1_000_000.0, "billions", 1e9);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.QUANTITIES);
    }

    @Override
    public Document apply(Document document) {
        List<Token> tokens = document.tokens();
        boolean[] inTime = timeTokens(document);
        List<Quantity> quantities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Found> found = inTime[i] ? Optional.empty() : numberAt(tokens, i);
            if (found.isPresent()) {
                if (countsSomething(tokens, found.get())) {
                    quantities.add(quantity(document, found.get()));
                }
                i = found.get().numberEnd();
            } else {
                i++;
            }
        }
        return document.withQuantities(quantities);
    }

    /** Tokens [start, numberEnd) hold the number; unitEnd extends over a unit token after it. */
    private record Found(
            int start, int numberStart, int numberEnd, int unitEnd, double value, String unit, boolean approximate) {}

    /**
     * A bare cardinal after a definite determiner with neither a unit nor a counted noun refers back to things already
     * named ("as the two met"); it is a noun phrase, not an amount.
     */
    private static boolean countsSomething(List<Token> tokens, Found found) {
        boolean bare = found.unit().isEmpty()
                && countedNoun(tokens, found.unitEnd()).isEmpty()
                && found.start() == found.numberStart();
        return !(bare && DEFINITE_DETERMINERS.contains(lower(tokens, found.numberStart() - 1)));
    }

    private static boolean[] timeTokens(Document document) {
        boolean[] inTime = new boolean[document.tokens().size()];
        for (TimeMention time : document.times()) {
            for (Token token : document.tokens()) {
                if (time.span().overlaps(token.span())) {
                    inTime[token.index()] = true;
                }
            }
        }
        return inTime;
    }

    private static Optional<Found> numberAt(List<Token> tokens, int i) {
        String word = lower(tokens, i);
        Double vague = VAGUE_PLURALS.get(word);
        if (vague != null && lower(tokens, i + 1).equals("of")) {
            return Optional.of(withUnit(tokens, i, i, i + 1, vague, true));
        }
        OptionalDouble value = NumberWords.value(tokens.get(i).word());
        boolean numeric = tokens.get(i).pos().equals("CD")
                || NumberWords.isDigits(tokens.get(i).word());
        if (value.isEmpty() || !numeric && !word.equals("dozen")) {
            return Optional.empty();
        }
        double amount = value.getAsDouble();
        int end = i + 1;
        while (end < tokens.size()
                && NumberWords.multiplier(tokens.get(end).word()).isPresent()) {
            amount *= NumberWords.multiplier(tokens.get(end).word()).getAsDouble();
            end++;
        }
        int start = i;
        if (i > 0 && CURRENCY_SYMBOLS.containsKey(lower(tokens, i - 1))) {
            start = i - 1;
        }
        if (word.equals("dozen") && lower(tokens, i - 1).equals("a")) {
            start = i - 1;
        }
        return Optional.of(withUnit(tokens, start, i, end, amount, false));
    }

    private static Found withUnit(
            List<Token> tokens, int start, int numberStart, int numberEnd, double value, boolean vague) {
        int approxStart = approximationStart(tokens, start);
        String currency = CURRENCY_SYMBOLS.get(lower(tokens, start));
        String unit = currency == null ? "" : currency;
        int unitEnd = numberEnd;
        if (unit.isEmpty() && numberEnd < tokens.size()) {
            String next = tokens.get(numberEnd).lemma().toLowerCase(Locale.ROOT);
            if (lower(tokens, numberEnd).equals("per")
                    && lower(tokens, numberEnd + 1).equals("cent")) {
                unit = "%";
                unitEnd = numberEnd + 2;
            } else if (UNIT_WORDS.containsKey(next) || UNIT_WORDS.containsKey(lower(tokens, numberEnd))) {
                unit = UNIT_WORDS.getOrDefault(next, UNIT_WORDS.get(lower(tokens, numberEnd)));
                unitEnd = numberEnd + 1;
            }
        }
        return new Found(approxStart, numberStart, numberEnd, unitEnd, value, unit, vague || approxStart < start);
    }

    private static int approximationStart(List<Token> tokens, int start) {
        String pair = lower(tokens, start - 2) + " " + lower(tokens, start - 1);
        if (APPROXIMATOR_PAIRS.contains(pair)) {
            return start - 2;
        }
        return APPROXIMATORS.contains(lower(tokens, start - 1)) ? start - 1 : start;
    }

    private static Quantity quantity(Document document, Found found) {
        List<Token> tokens = document.tokens();
        Span span = new Span(
                tokens.get(found.start()).span().start(),
                tokens.get(found.unitEnd() - 1).span().end());
        String unit = found.unit();
        String measure = "";
        Optional<Token> counted = countedNoun(tokens, found.unitEnd());
        if (unit.isEmpty() && counted.isPresent()) {
            unit = counted.get().word().toLowerCase(Locale.ROOT);
            measure = MeasurePhrases.nounPhrase(document, counted.get());
        } else if (!unit.isEmpty()) {
            measure = MeasurePhrases.measureOf(document, tokens.get(found.unitEnd() - 1), found.start());
        }
        return new Quantity(span, document.textOf(span), found.value(), unit, found.approximate(), measure);
    }

    /** The noun a count modifies: the first noun after it, over adjectives and compound nouns. */
    private static Optional<Token> countedNoun(List<Token> tokens, int from) {
        int at = from;
        if (lower(tokens, at).equals("of")) {
            at++;
        }
        Token previous = null;
        while (at < tokens.size()
                && tokens.get(at).sentence() == tokens.get(from - 1).sentence()) {
            Token token = tokens.get(at);
            if (token.isNoun()) {
                previous = token;
                at++;
            } else if (previous == null
                    && (token.pos().startsWith("JJ") || token.pos().equals("DT"))) {
                at++;
            } else {
                break;
            }
        }
        return Optional.ofNullable(previous);
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }
}
