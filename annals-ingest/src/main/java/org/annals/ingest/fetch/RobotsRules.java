package org.annals.ingest.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a robots.txt (RFC 9309) that apply to one crawler. The group whose {@code User-agent} names our
 * product token applies (all such groups together), else the {@code *} group, else nothing is disallowed. Among
 * the {@code Allow} and {@code Disallow} rules matching a path the longest wins, {@code Allow} on a tie; {@code *}
 * matches any characters and a final {@code $} anchors the end. Immutable.
 */
public final class RobotsRules {
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Duration.ZERO);
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")), Duration.ZERO);

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    /**
     * The {@code Crawl-delay} of the group that applies (seconds, fractions allowed), zero when it has none or an
     * invalid one. Not part of RFC 9309, but widely written and meant to be honoured.
     */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    /** The rules of {@code robotsTxt} for the crawler whose product token is {@code agent} (such as "Annals"). */
    public static RobotsRules parse(String robotsTxt, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> forAgent = new ArrayList<>();
        List<Rule> forAll = new ArrayList<>();
        boolean matchesAgent = false;
        boolean matchesAll = false;
        boolean inAgentLines = false;
        Duration agentDelay = Duration.ZERO;
        Duration allDelay = Duration.ZERO;
        for (String raw : robotsTxt.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgentLines) {
                    matchesAgent = false;
                    matchesAll = false;
                }
                inAgentLines = true;
                String named = value.toLowerCase(Locale.ROOT);
                matchesAgent |= namesToken(named, token);
                matchesAll |= named.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgentLines = false;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path disallows nothing
                }
                Rule rule = new Rule(key.equals("allow"), value);
                if (matchesAgent) {
                    forAgent.add(rule);
                }
                if (matchesAll) {
                    forAll.add(rule);
                }
            } else {
                inAgentLines = false; // Sitemap, Crawl-delay and others end a run of User-agent lines
                if (key.equals("crawl-delay")) {
                    Duration delay = seconds(value);
                    agentDelay = matchesAgent ? max(agentDelay, delay) : agentDelay;
                    allDelay = matchesAll ? max(allDelay, delay) : allDelay;
                }
            }
        }
        boolean ours = matchesAnyGroup(robotsTxt, token);
        return new RobotsRules(ours ? forAgent : forAll, ours ? agentDelay : allDelay);
    }

    private static Duration seconds(String value) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds > 0 && seconds < 1e9 ? Duration.ofMillis(Math.round(seconds * 1000)) : Duration.ZERO;
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // A group naming us replaces the * group even when it has no rules ("User-agent: annals" + "Disallow:").
    private static boolean matchesAnyGroup(String robotsTxt, String token) {
        for (String raw : robotsTxt.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
            if (line.startsWith("user-agent:")) {
                String named = line.substring("user-agent:".length()).strip();
                if (namesToken(named, token)) {
                    return true;
                }
            }
        }
        return false;
    }

    // "Annals" and "Annals/1.0" both name the product token "annals".
    private static boolean namesToken(String named, String token) {
        return named.split("/", 2)[0].strip().equals(token);
    }

    /** Whether the path (with its query, as in {@code /a/b?x=1}) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(path)
                    && (best == null
                            || rule.length() > best.length()
                            || (rule.length() == best.length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private record Rule(boolean allow, String pattern, Pattern regex) {
        Rule(boolean allow, String pattern) {
            this(allow, pattern, compile(pattern));
        }

        int length() {
            return pattern.length();
        }

        boolean matches(String path) {
            return regex.matcher(path).lookingAt();
        }

        private static Pattern compile(String pattern) {
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            StringBuilder regex = new StringBuilder();
            for (String piece : body.split("\\*", -1)) {
                if (regex.length() > 0) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(piece));
            }
            if (anchored) {
                regex.append('$');
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }
}
