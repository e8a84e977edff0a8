package org.annals.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsRules rules = RobotsRules.parse(
                "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /same\nAllow: /same\n", "annals");

        assertTrue(rules.allows("/"));
        assertFalse(rules.allows("/news/story.html"));
        assertTrue(rules.allows("/news/public/story.html"));
        assertTrue(rules.allows("/same/page"));
    }

    @Test
    void aGroupNamingUsReplacesTheStarGroup() {
        String robots = """
                User-agent: *
                Disallow: /

                User-agent: Googlebot
                User-agent: Annals
                Disallow: /drafts/
                """;

        RobotsRules ours = RobotsRules.parse(robots, "Annals");
        RobotsRules other = RobotsRules.parse(robots, "SomeBot");

        assertTrue(ours.allows("/news/a.html"));
        assertFalse(ours.allows("/drafts/a.html"));
        assertFalse(other.allows("/news/a.html"));
    }

    @Test
    void theCrawlDelayOfOurGroupElseOfTheStarGroupApplies() {
        String robots = """
                User-agent: *
                Crawl-delay: 5

                User-agent: Annals
                Crawl-delay: 0.5
                Disallow: /drafts/
                """;

        assertEquals(Duration.ofMillis(500), RobotsRules.parse(robots, "Annals").crawlDelay());
        assertEquals(Duration.ofSeconds(5), RobotsRules.parse(robots, "SomeBot").crawlDelay());
        assertEquals(
                Duration.ZERO,
                RobotsRules.parse("User-agent: *\nCrawl-delay: soon\n", "Annals")
                        .crawlDelay());
        assertEquals(
                Duration.ZERO,
                RobotsRules.parse("User-agent: *\nDisallow: /x\n", "Annals").crawlDelay());
    }

    @Test
    void theGapIsTheLongerOfDelayAndCrawlDelayCappedAtTheMaximum() {
        Duration second = Duration.ofSeconds(1);
        assertEquals(Duration.ofSeconds(10), PoliteFetcher.gap(second, Duration.ofSeconds(10)));
        assertEquals(second, PoliteFetcher.gap(second, Duration.ofMillis(200)));
        assertEquals(PoliteFetcher.MAX_CRAWL_DELAY, PoliteFetcher.gap(second, Duration.ofHours(1)));
    }

    @Test
    void anEmptyDisallowAndCommentsAllowEverything() {
        RobotsRules rules = RobotsRules.parse("# nothing hidden\nUser-agent: annals # us\nDisallow:\n", "Annals");

        assertTrue(rules.allows("/anything"));
    }

    @Test
    void wildcardsAndEndAnchorsMatch() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n", "annals");

        assertFalse(rules.allows("/files/report.pdf"));
        assertTrue(rules.allows("/files/report.pdf.html"));
        assertFalse(rules.allows("/page?session=42"));
        assertTrue(rules.allows("/page?id=42"));
    }

    @Test
    void noGroupForUsOrForAllAllowsEverything() {
        assertTrue(RobotsRules.parse("User-agent: Googlebot\nDisallow: /\n", "annals")
                .allows("/a"));
        assertTrue(RobotsRules.parse("", "annals").allows("/a"));
    }
}
