package org.annals.coding.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The guidelines' actor rule: a system actor matches a gold actor when their codes are equal and not empty, when
 * both codes name the same country ({@code RUS}, {@code RUS.GOV} and {@code org:RUS:military} all name Russia, {@code
 * USA-TX.GOV} the USA), or
 * when the last tokens of their names are equal (case-insensitive, after dropping a possessive 's).
 */
public final class ActorMatch {
    // "USA-TX.GOV", a state's government, names the USA as CAMEO codes it (USAGOV).
    private static final Pattern ISO3_CODE = Pattern.compile("[A-Z]{3}(-[A-Z0-9]{1,3})?(\\..*)?");
    private static final Pattern ORG_OF_COUNTRY = Pattern.compile("org:[A-Z]{3}:.*");
    private static final List<String> NOT_COUNTRIES = List.of("IGO", "REG");

    private ActorMatch() {}

    public static boolean matches(EvalActor system, EvalActor gold) {
        if (!gold.code().isEmpty() && gold.code().equals(system.code())) {
            return true;
        }
        String country = country(gold.code());
        if (!country.isEmpty() && country.equals(country(system.code()))) {
            return true;
        }
        String lastToken = lastToken(gold.name());
        return !lastToken.isEmpty() && lastToken.equals(lastToken(system.name()));
    }

    /**
     * True when some gold actor is matched by some system actor; an empty gold list (a passive without agent, an act
     * on no actor) is matched by anything, since the guidelines leave nothing there to compare.
     */
    public static boolean sideMatches(List<EvalActor> gold, List<EvalActor> system) {
        return gold.isEmpty() || gold.stream().anyMatch(g -> system.stream().anyMatch(s -> matches(s, g)));
    }

    /**
     * Symmetric events compare all participants as one set: at least two gold participants (or all, when fewer) must
     * each be matched by a different system participant, whichever list the system put them in.
     */
    public static boolean participantsMatch(List<EvalActor> gold, List<EvalActor> system) {
        int needed = Math.min(2, gold.size());
        return distinctMatches(gold, system) >= needed;
    }

    /** The ISO3 country a code names, or "" (IGO and REG codes name no country). */
    static String country(String code) {
        if (ORG_OF_COUNTRY.matcher(code).matches()) {
            return code.substring(4, 7);
        }
        if (ISO3_CODE.matcher(code).matches() && !NOT_COUNTRIES.contains(code.substring(0, 3))) {
            return code.substring(0, 3);
        }
        return "";
    }

    static String lastToken(String name) {
        String[] tokens = name.strip().split("\\s+");
        String last = tokens[tokens.length - 1].toLowerCase(Locale.ROOT);
        last = last.replaceAll("['’]s?$", "");
        return last.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    // Maximum bipartite matching (augmenting paths); participant lists are a handful of actors.
    private static int distinctMatches(List<EvalActor> gold, List<EvalActor> system) {
        int[] owner = new int[system.size()];
        Arrays.fill(owner, -1);
        int count = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (augment(g, gold, system, owner, new ArrayList<>())) {
                count++;
            }
        }
        return count;
    }

    private static boolean augment(
            int g, List<EvalActor> gold, List<EvalActor> system, int[] owner, List<Integer> visited) {
        for (int s = 0; s < system.size(); s++) {
            if (visited.contains(s) || !matches(system.get(s), gold.get(g))) {
                continue;
            }
            visited.add(s);
            if (owner[s] < 0 || augment(owner[s], gold, system, owner, visited)) {
                owner[s] = g;
                return true;
            }
        }
        return false;
    }
}
