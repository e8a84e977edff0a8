package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.app.http.ApiServer;
import org.annals.app.http.HttpClientForTests;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless browser over a store built with the real engine from the seed article, a few
 * Wikinews articles and one hostile article whose text and title are HTML meant to run script.
 */
class WebUiIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HOSTILE_TITLE = "Council vote <img src=x onerror=\"window.__annalsXss=1;alert(1)\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    static AnnalsStore store;
    static ApiServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void storeServerAndBrowser() throws IOException {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(Repository.seed(), corpus.resolve("seed.txt"));
        Files.copy(Repository.seed().resolveSibling("moscow-times-2025-09-02.json"), corpus.resolve("seed.json"));
        List<String> wikinews = Files.readAllLines(Repository.wikinews(), StandardCharsets.UTF_8);
        Files.write(corpus.resolve("sample.jsonl"), wikinews.subList(0, 4), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("hostile.jsonl"), hostileRecord() + "\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("retold.jsonl"), retoldRecord() + "\n", StandardCharsets.UTF_8);
        Path data = work.resolve("data");
        CliRun ingest = CliRun.of("ingest", "--no-progress", "--data-dir", data.toString(), corpus.toString());
        assertEquals(Main.OK, ingest.exitCode(), ingest.err());
        store = Stores.openForWriting(data);
        server = ApiServer.start(new ApiServer.Setup(store, Engines::shared, Optional.empty(), "test"), "127.0.0.1", 0);
        Files.createDirectories(SCREENSHOTS);
    }

    private static String hostileRecord() throws IOException {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", "hostile-1");
        record.put("date", "2024-05-14");
        record.put("publisher", "Test Wire <b onmouseover=\"window.__annalsXss=1\">");
        record.put("title", HOSTILE_TITLE);
        record.put(
                "text",
                "The city council met on Tuesday to vote on the new budget. "
                        + "A resident wrote <script>window.__annalsXss=1;alert(1)</script> into the public comment form. "
                        + "Another comment read <img src=x onerror=\"window.__annalsXss=1;alert(1)\"> and nothing else. "
                        + "The mayor said the council would publish every comment as it was written. "
                        + "The budget passed with seven votes in favour and two against. "
                        + "Mayor Omar Lindqvist called the result <b onmouseover=\"window.__annalsXss=1\">fair</b>"
                        + " and final.");
        return JSON.writeValueAsString(record);
    }

    // A meeting told in the lead and again by "the meeting" in a later sentence.
    private static String retoldRecord() throws IOException {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", "retold-1");
        record.put("date", "2024-05-15");
        record.put("publisher", "Test Wire");
        record.put("title", "Ruto and Hassan meet in Nairobi");
        record.put(
                "text",
                "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
                        + "The meeting lasted three hours.");
        return JSON.writeValueAsString(record);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchShowsResultsWithSnippetsAndFacetsFilterWhenClicked() throws IOException {
        show("/search?q=Putin", "search");
        List<WebElement> results = browser.findElements(By.cssSelector("#results .result"));
        assertTrue(results.size() >= 2, "Putin appears in the seed and in Wikinews articles");
        WebElement first = results.get(0);
        assertFalse(first.findElement(By.cssSelector(".snippet")).getText().isBlank(), "a snippet under the title");
        assertFalse(first.findElement(By.cssSelector(".meta")).getText().isBlank(), "date and publisher");
        screenshot("search");
        String total = text("#result-count");
        WebElement moscowTimes =
                browser.findElement(By.cssSelector("[data-facet=publisher] a[data-value='The Moscow Times']"));
        expectView(() -> moscowTimes.click(), "search");
        assertTrue(text("#result-count").startsWith("1 "), "filtered from '" + total + "' to one article");
        assertTrue(text(".summary").contains("publisher: The Moscow Times"), "the active filter is shown");
        assertEquals(
                "Putin and Xi Tout Deepening Ties Ahead of Beijing Military Parade",
                browser.findElement(By.cssSelector("#results .result-title")).getText());
    }

    @Test
    void readerHighlightsActorsAndDatesAndShowsAnEventsEvidence() throws IOException {
        show("/search?q=Putin&publisher=The+Moscow+Times", "search");
        expectView(
                () -> browser.findElement(By.cssSelector("#results .result-title"))
                        .click(),
                "reader");
        WebElement putin = browser.findElement(By.cssSelector("a.ann.actor[data-actor='person:vladimir-putin']"));
        assertTrue(putin.getText().contains("Putin"), putin.getText());
        assertTrue(putin.getAttribute("title").contains("Vladimir Putin"), "hover shows the canonical name");
        assertTrue(putin.getAttribute("href").contains("#/actor/person%3Avladimir-putin"));
        WebElement tuesday = browser.findElements(By.cssSelector("span.ann.time[data-value]")).stream()
                .filter(t -> t.getText().equals("Tuesday"))
                .findFirst()
                .orElseThrow();
        assertEquals("2025-09-02", tuesday.getAttribute("data-value"));
        assertTrue(tuesday.getAttribute("title").startsWith("2025-09-02"), "hover shows the resolved date");
        WebElement appeal = browser.findElement(By.cssSelector("details.boilerplate[data-kind=appeal]"));
        assertFalse(appeal.getDomAttribute("open") != null, "boilerplate starts collapsed");
        assertTrue(appeal.getText().toLowerCase(java.util.Locale.ROOT).contains("appeal"), "labelled with its class");
        List<WebElement> events = browser.findElements(By.cssSelector("#events .event"));
        assertTrue(events.size() >= 5, "the seed's events are listed beside the text");
        screenshot("reader");

        WebElement last = events.get(events.size() - 1);
        String eventId = last.getAttribute("data-event");
        last.findElement(By.cssSelector(".event-head")).click();
        assertEquals(evidenceOf(eventId), highlightedEvidence());
        assertTrue(last.getAttribute("class").contains("selected"));
        screenshot("reader-event");
    }

    @Test
    void readerShowsAnEventsGazetteerPlaceContextsAndTheQuoteItRestsOn() throws IOException {
        show("/search?q=Putin&publisher=The+Moscow+Times", "search");
        expectView(
                () -> browser.findElement(By.cssSelector("#results .result-title"))
                        .click(),
                "reader");
        String docId = browser.getCurrentUrl().replaceAll(".*#/doc/([^?]+).*", "$1");
        JsonNode doc = JSON.readTree(get("/api/documents/" + docId).body());
        JsonNode placed = null;
        JsonNode quoted = null;
        for (JsonNode event : doc.path("events")) {
            if (placed == null && !event.path("place_lat").isNull()) {
                placed = event;
            }
            if (quoted == null && !event.path("quote_ord").isNull()) {
                quoted = event;
            }
        }
        assertTrue(placed != null && quoted != null, "the seed has an event with a place and one with a quote");
        WebElement placedItem = eventItem(placed.path("id").asText());
        String place = placedItem.findElement(By.cssSelector(".event-place")).getText();
        assertTrue(place.contains(placed.path("place_country").asText()), place);
        assertTrue(place.contains(String.format(
                java.util.Locale.ROOT, "%.2f", placed.path("place_lat").asDouble())));
        assertFalse(placedItem
                .findElements(By.cssSelector(".event-contexts .context"))
                .isEmpty());

        WebElement quoteLink = eventItem(quoted.path("id").asText()).findElement(By.cssSelector(".quote-link"));
        quoteLink.click();
        JsonNode quote = null;
        for (JsonNode q : doc.path("quotes")) {
            if (q.path("ord").asInt() == quoted.path("quote_ord").asInt()) {
                quote = q;
            }
        }
        String text = doc.path("text").asText();
        assertEquals(
                normalised(text.substring(
                        quote.path("start_offset").asInt(),
                        quote.path("end_offset").asInt())),
                highlightedEvidence(),
                "the link flashes the quote in the text");
    }

    private WebElement eventItem(String eventId) {
        return browser.findElement(By.cssSelector("#events .event[data-event='" + eventId + "']"));
    }

    @Test
    void relationsChartPointListsEventsThatLinkToTheReaderAtTheSentence() throws IOException {
        show("/relations?a=RUS&b=CHN&interval=month", "relations");
        assertTrue(text("#relation-title").contains("Russia"), text("#relation-title"));
        WebElement chart =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relations-chart canvas")));
        assertNotNull(chart);
        screenshot("relations");
        clickPeriod(0);
        WebElement evidence =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#period-events .evidence-link")));
        String sentence = evidence.getText();
        assertFalse(sentence.isBlank());
        screenshot("relations-period");
        expectView(evidence::click, "reader");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".seg.evidence")));
        assertEquals(normalised(sentence), highlightedEvidence());
        assertTrue(browser.getCurrentUrl().contains("event="), browser.getCurrentUrl());
    }

    @Test
    void relationsListAnEventToldAgainWithItsFurtherTellingsLinkedToTheReader() throws IOException {
        JsonNode retold = null;
        for (JsonNode event :
                JSON.readTree(get("/api/events?limit=1000").body()).path("items")) {
            boolean dyad =
                    event.path("sources").size() > 0 && event.path("targets").size() > 0;
            boolean nairobi = event.path("title").asText().equals("Ruto and Hassan meet in Nairobi");
            if (nairobi && dyad && event.path("mentions").size() > 0) {
                retold = event;
            }
        }
        assertNotNull(retold, "the Nairobi meeting is told in the lead and again by 'the meeting'");
        String a = retold.path("sources").get(0).path("id").asText();
        String b = retold.path("targets").get(0).path("id").asText();
        show("/relations?a=" + encode(a) + "&b=" + encode(b) + "&interval=month", "relations");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relations-chart canvas")));
        clickPeriod(0);
        WebElement told = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#period-events .event-tellings summary")));
        assertEquals("told " + (retold.path("mentions").size() + 1) + " times", told.getText());
        told.click();
        WebElement telling =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#period-events .telling-link")));
        String mention = normalised(retold.path("mentions").get(0).path("text").asText());
        assertEquals(mention, normalised(telling.getText()));
        screenshot("relations-tellings");
        expectView(telling::click, "reader");
        assertEquals(mention, highlightedEvidence(), "the link flashes the further telling in the text");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void articleTextThatLooksLikeHtmlIsShownAsTextAndNeverRuns() throws IOException {
        show("/search?q=council", "search");
        WebElement title = browser.findElements(By.cssSelector("#results .result-title")).stream()
                .filter(t -> t.getText().equals(HOSTILE_TITLE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the hostile title is listed literally"));
        expectView(title::click, "reader");
        assertEquals(HOSTILE_TITLE, text("#doc-title"));
        assertTrue(text("#article-text").contains("<script>window.__annalsXss=1;alert(1)</script>"));
        assertTrue(text("#article-text").contains("<img src=x onerror="));
        assertTrue(browser.findElements(By.cssSelector("#article-text img, #article-text script, main b"))
                .isEmpty());
        screenshot("xss");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(Boolean.TRUE, js("return window.__annalsXss === undefined;"));
        HttpClientForTests.Response page = get("/");
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @Test
    void networkShowsTheStrongestPairsAndOpensTheirRelations() throws IOException {
        show("/network", "network");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-chart canvas")));
        List<WebElement> pairs = browser.findElements(By.cssSelector("#edges tbody tr"));
        assertFalse(pairs.isEmpty(), "pairs are listed under the graph");
        screenshot("network");
        expectView(
                () -> pairs.get(0)
                        .findElement(By.cssSelector("td:nth-child(3) a"))
                        .click(),
                "relations");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relations-chart canvas")));
    }

    @Test
    void actorPageShowsIdentityQuotesAndATimeline() throws IOException {
        show("/actor/person%3Avladimir-putin", "actor");
        assertEquals("Vladimir Putin", text("#actor-name"));
        assertTrue(text("#identity").contains("RUS"), text("#identity"));
        assertFalse(browser.findElements(By.cssSelector("#quotes li")).isEmpty(), "the seed quotes Putin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actor-chart canvas")));
        screenshot("actor");
    }

    @Test
    void actorPageListsRolesOverTimeWithEvidenceOpeningTheReader() throws IOException {
        show("/actor/person%3Avladimir-putin", "actor");
        JsonNode expected =
                JSON.readTree(get("/api/actors/person:vladimir-putin").body()).path("roles");
        List<WebElement> roles = browser.findElements(By.cssSelector("#roles > li"));
        assertFalse(roles.isEmpty(), "the articles give Putin a title");
        assertEquals(expected.size(), roles.size());
        JsonNode first = expected.get(0);
        String title = first.path("role").asText();
        assertEquals(
                title.isEmpty() ? "no title" : title,
                roles.get(0).findElement(By.cssSelector(".role-title")).getText());
        WebElement evidence = roles.get(0).findElement(By.cssSelector(".role-evidence a"));
        JsonNode stated = first.path("evidence").get(0);
        assertEquals(normalised(stated.path("sentence").asText()), normalised(evidence.getText()));
        screenshot("actor-roles");
        expectView(evidence::click, "reader");
        assertTrue(
                browser.getCurrentUrl()
                        .contains("at=" + stated.path("start_offset").asInt()),
                browser.getCurrentUrl());
    }

    @Test
    void roleEvidenceThatLooksLikeHtmlIsShownAsText() throws IOException {
        JsonNode found = JSON.readTree(get("/api/actors?q=lindqvist").body()).path("items");
        assertFalse(found.isEmpty(), "the hostile article names its mayor");
        String id = found.get(0).path("id").asText();
        show("/actor/" + URLEncoder.encode(id, StandardCharsets.UTF_8), "actor");
        assertTrue(text("#roles").contains("<b onmouseover="), text("#roles"));
        assertTrue(browser.findElements(By.cssSelector("#roles b, #roles img, #roles script"))
                .isEmpty());
        assertEquals(Boolean.TRUE, js("return window.__annalsXss === undefined;"));
    }

    /** Clicks the chart in the column of the period with this index, as a user would. */
    private void clickPeriod(int index) {
        WebElement chart = browser.findElement(By.id("relations-chart"));
        wait.until(d -> js("return !!(window.echarts && echarts.getInstanceByDom(arguments[0]));", chart));
        Number x = (Number) js(
                "return echarts.getInstanceByDom(arguments[0]).convertToPixel({xAxisIndex: 0}, arguments[1]);",
                chart,
                index);
        int width = chart.getRect().getWidth();
        int height = chart.getRect().getHeight();
        new Actions(browser)
                .moveToElement(chart, x.intValue() - width / 2, height / 2 - 60)
                .click()
                .perform();
    }

    private String highlightedEvidence() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".seg.evidence")));
        return normalised(browser.findElements(By.cssSelector(".seg.evidence")).stream()
                .map(e -> (String) js("return arguments[0].textContent;", e))
                .collect(Collectors.joining()));
    }

    private String evidenceOf(String eventId) throws IOException {
        String docId = browser.getCurrentUrl().replaceAll(".*#/doc/([^?]+).*", "$1");
        JsonNode doc = JSON.readTree(get("/api/documents/" + docId).body());
        for (JsonNode event : doc.path("events")) {
            if (event.path("id").asText().equals(eventId)) {
                String text = doc.path("text").asText();
                return normalised(text.substring(
                        event.path("evidence_start").asInt(),
                        event.path("evidence_end").asInt()));
            }
        }
        throw new AssertionError("no event " + eventId + " in " + docId);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Opens a view by its location hash and waits until it has rendered. */
    private void show(String hash, String view) {
        expectView(() -> browser.get(server.url() + "/#" + hash), view);
    }

    private void expectView(Runnable action, String view) {
        if (browser.getCurrentUrl().startsWith(server.url())) {
            js("document.body.dataset.view = '';");
        }
        action.run();
        wait.until(d -> view.equals(js("return document.body.dataset.view;")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static HttpClientForTests.Response get(String path) {
        return new HttpClientForTests(server.url()).get(path);
    }
}
