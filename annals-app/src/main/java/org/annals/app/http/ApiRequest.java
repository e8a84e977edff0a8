package org.annals.app.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A request whose parameters were checked against its route: unknown names, repeated values, bad dates, integers
 * out of range and values outside a fixed choice are refused with a 400 naming the parameter and the valid values.
 */
final class ApiRequest {
    private final Map<String, String> values;
    private final String body;

    private ApiRequest(Map<String, String> values, String body) {
        this.values = values;
        this.body = body;
    }

    static ApiRequest of(Route route, Map<String, List<String>> query, Map<String, String> path, String body) {
        Map<String, Param> known = new HashMap<>();
        route.params().forEach(p -> known.put(p.name(), p));
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            Param param = known.get(entry.getKey());
            if (param == null || param.in() != Param.In.QUERY) {
                throw ApiException.badParameter(
                        entry.getKey(), "unknown parameter '" + entry.getKey() + "'", queryNames(route));
            }
            if (entry.getValue().size() > 1) {
                throw ApiException.badParameter(
                        param.name(), "parameter '" + param.name() + "' is given more than once", List.of());
            }
            values.put(
                    param.name(),
                    entry.getValue().isEmpty() ? "" : entry.getValue().get(0));
        }
        values.putAll(path);
        for (Param param : route.params()) {
            String value = values.getOrDefault(param.name(), "").strip();
            if (value.isEmpty() && param.required()) {
                throw ApiException.badParameter(
                        param.name(),
                        "parameter '" + param.name() + "' is required: " + param.description(),
                        List.of());
            }
            values.put(param.name(), value.isEmpty() ? param.byDefault() : check(param, value));
        }
        return new ApiRequest(values, body == null ? "" : body);
    }

    private static List<String> queryNames(Route route) {
        return route.params().stream()
                .filter(p -> p.in() == Param.In.QUERY)
                .map(Param::name)
                .toList();
    }

    private static String check(Param param, String value) {
        switch (param.kind()) {
            case DATE -> parseDate(param, value);
            case INTEGER -> checkInteger(param, value);
            case CHOICE -> {
                String upper = value.toUpperCase(Locale.ROOT);
                if (param.valid().stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
                    throw ApiException.badParameter(
                            param.name(),
                            "unknown " + param.name() + " '" + value + "'",
                            List.copyOf(new TreeSet<>(param.valid())));
                }
                return upper;
            }
            case PAIR -> {
                String[] parts = value.split(",", -1);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw ApiException.badParameter(
                            param.name(),
                            param.name() + " needs two actors separated by a comma, e.g. Russia,China",
                            List.of());
                }
            }
            case TEXT -> {
                // any text
            }
        }
        return value;
    }

    private static LocalDate parseDate(Param param, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(
                    param.name(), param.name() + " must be a date as YYYY-MM-DD, got '" + value + "'", List.of());
        }
    }

    private static void checkInteger(Param param, String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            number = Long.MIN_VALUE;
        }
        if (number < param.min() || number > param.max()) {
            throw ApiException.badParameter(
                    param.name(),
                    param.name() + " must be a whole number from " + param.min() + " to " + param.max() + ", got '"
                            + value + "'",
                    List.of());
        }
    }

    String text(String name) {
        return values.getOrDefault(name, "");
    }

    /** The date, or null when the parameter was not given. */
    LocalDate date(String name) {
        String value = text(name);
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    int integer(String name) {
        return Integer.parseInt(text(name));
    }

    /** The two halves of a {@link Param.Kind#PAIR}, or an empty list when not given. */
    List<String> pair(String name) {
        String value = text(name);
        return value.isEmpty() ? List.of() : List.of(value.split(",", -1));
    }

    String body() {
        return body;
    }
}
