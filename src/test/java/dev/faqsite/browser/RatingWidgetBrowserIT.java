package dev.faqsite.browser;

import dev.faqsite.model.RatingsConfig;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.server.RatingsService;
import dev.faqsite.server.SiteServer;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rating widget in a real headless Chromium, against the real API, with and without JavaScript. */
class RatingWidgetBrowserIT {

    static final String ADMIN_TOKEN = "browser-admin-token-0123456789";

    @TempDir
    static Path tmp;
    static SiteServer server;
    static SiteServer staticOnly;
    static RatingsService ratings;
    static Path data;

    @BeforeAll
    static void serve() throws Exception {
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        data = tmp.resolve("data");
        RatingsConfig config = new RatingsConfig(true, data.toString(), Optional.empty(), RatingsConfig.Durability.NORMAL, 1000,
                false, Optional.of(ADMIN_TOKEN));
        ratings = RatingsService.start(config, tmp, out, Map.of());
        server = SiteServer.start(out, "127.0.0.1", 0, ratings.mounts());
        staticOnly = SiteServer.start(out, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        staticOnly.close();
        ratings.close();
    }

    static WebDriverWait waiting(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    static String status(ChromeDriver driver) {
        return driver.findElement(By.cssSelector(".rating-status")).getText();
    }

    static WebElement button(ChromeDriver driver, int score) {
        return driver.findElement(By.cssSelector(".rating-scale button[value='" + score + "']"));
    }

    static List<String> pressed(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".rating-scale button")).stream().map(b -> b.getAttribute("aria-pressed")).toList();
    }

    /** The votes the API stored, read from the database as the report would. */
    static List<VoteStore.VersionTally> stored() throws Exception {
        try (VoteStore store = JdbcVoteStore.open(Database.Sqlite.in(data, RatingsConfig.Durability.NORMAL))) {
            return store.tallies();
        }
    }

    static List<Integer> countsOn(String page) throws Exception {
        return stored().stream().filter(t -> t.page().equals(page)).findFirst().map(VoteStore.VersionTally::counts).orElse(List.of());
    }

    @Test
    void votesFromTheKeyboardInTheBackgroundAndRemembersTheVoteAfterAReload() throws Exception {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            String url = server.uri().resolve("/faq/alpha/first/").toString();
            driver.get(url);
            waiting(driver).until(d -> d.findElement(By.cssSelector(".rating.is-enhanced")) != null);
            assertEquals(List.of("false", "false", "false", "false", "false"), pressed(driver));

            button(driver, 4).sendKeys(Keys.ENTER);
            waiting(driver).until(d -> status(driver).equals("Thank you! You rated this page 4 of 5."));
            assertEquals(url, driver.getCurrentUrl(), "the vote went in the background");
            assertEquals(List.of("false", "false", "false", "true", "false"), pressed(driver));
            assertFalse(driver.findElement(By.id("rated-4")).isDisplayed(), "the live status thanks once, not twice");
            browser.screenshot("rating-voted");

            driver.navigate().refresh();
            waiting(driver).until(d -> status(driver).startsWith("You rated this page 4 of 5."));
            assertEquals(List.of("false", "false", "false", "true", "false"), pressed(driver));
            assertEquals(List.of(0, 0, 0, 1, 0), countsOn("/faq/alpha/first/"));
        }
    }

    @Test
    void revealsReasonsAfterALowScoreAndSendsThem() throws Exception {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve("/faq/beta/third/").toString());
            waiting(driver).until(d -> d.findElement(By.cssSelector(".rating.is-enhanced")) != null);
            WebElement reasons = driver.findElement(By.cssSelector("#rated-2 .rating-reasons"));
            assertFalse(reasons.isDisplayed());

            button(driver, 2).click();
            waiting(driver).until(d -> reasons.isDisplayed());
            assertTrue(status(driver).startsWith("Thank you! You rated this page 2 of 5."), status(driver));
            driver.findElement(By.cssSelector("#rated-2 input[value=unclear]")).sendKeys(Keys.SPACE);
            driver.findElement(By.cssSelector("#rated-2 textarea")).sendKeys("Which <key> do I use?");
            browser.screenshot("rating-low-score-reasons");
            driver.findElement(By.cssSelector("#rated-2 .rating-send")).click();
            waiting(driver).until(d -> status(driver).startsWith("Thank you for telling us what was wrong."));
            assertFalse(reasons.isDisplayed());

            VoteStore.VersionTally tally = stored().stream().filter(t -> t.page().equals("/faq/beta/third/")).findFirst().orElseThrow();
            assertEquals(List.of(0, 1, 0, 0, 0), tally.counts());
            assertEquals(Map.of("unclear", 1), tally.reasons());
        }
    }

    @Test
    void recordsAVoteAndThanksWithoutJavaScriptAndKeepsTheThanksOnReload() throws Exception {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve("/faq/alpha/second/").toString());
            assertFalse(driver.findElement(By.id("rated-5")).isDisplayed());

            button(driver, 5).click();
            waiting(driver).until(d -> d.getCurrentUrl().endsWith("/faq/alpha/second/#rated-5"));
            WebElement thanks = driver.findElement(By.id("rated-5"));
            assertTrue(thanks.isDisplayed());
            assertEquals("Thank you! You rated this page 5 of 5.", thanks.getText());
            assertFalse(driver.findElement(By.id("rated-4")).isDisplayed());
            browser.screenshot("rating-voted-no-js");

            driver.navigate().refresh();
            assertTrue(driver.findElement(By.id("rated-5")).isDisplayed());
            assertEquals(List.of(0, 0, 0, 0, 1), countsOn("/faq/alpha/second/"));
        }
    }

    @Test
    void asksWhatWasWrongAfterALowScoreWithoutJavaScriptToo() throws Exception {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve("/faq/beta/custom-slug/").toString());
            button(driver, 1).click();
            waiting(driver).until(d -> d.getCurrentUrl().endsWith("#rated-1"));
            assertTrue(driver.findElement(By.cssSelector("#rated-1 .rating-reasons")).isDisplayed());
            driver.findElement(By.cssSelector("#rated-1 input[value=inaccurate]")).click();
            driver.findElement(By.cssSelector("#rated-1 textarea")).sendKeys("Out of date since v2");
            driver.findElement(By.cssSelector("#rated-1 .rating-send")).click();
            waiting(driver).until(d -> d.getCurrentUrl().endsWith("#rated-details"));
            assertTrue(driver.findElement(By.id("rated-details")).isDisplayed());

            VoteStore.VersionTally tally = stored().stream().filter(t -> t.page().equals("/faq/beta/custom-slug/")).findFirst().orElseThrow();
            assertEquals(List.of(1, 0, 0, 0, 0), tally.counts(), "the details replaced the vote of the same browser");
            assertEquals(Map.of("inaccurate", 1), tally.reasons());
        }
    }

    @Test
    void drawsTheDashboardsBarsWithItsOwnStylesheetUnderTheSitesContentSecurityPolicy() throws Exception {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve("/faq/gamma/").toString());
            driver.executeAsyncScript("var done = arguments[0]; fetch('/api/ratings', {method: 'POST', headers: {'Content-Type': "
                    + "'application/json'}, body: JSON.stringify({page: '/faq/alpha/second/', score: 1, voter: 'dashboard-voter-0001', "
                    + "comment: '<b>not bold</b>'})}).then(function () { done(); });");
            URI dashboard = server.uri().resolve("/admin/ratings/");
            driver.get("http://admin:" + ADMIN_TOKEN + "@" + dashboard.getHost() + ":" + dashboard.getPort() + dashboard.getPath());
            assertEquals("Ratings", driver.findElement(By.tagName("h1")).getText());
            WebElement bar = driver.findElement(By.cssSelector("table.pages .bar"));
            assertEquals(220, bar.getRect().getWidth(), 2, "the stylesheet applies: bars are drawn by classes, not inline styles");
            int segments = driver.findElements(By.cssSelector("table.pages tbody tr:first-child .seg")).stream()
                    .mapToInt(seg -> seg.getRect().getWidth()).sum();
            assertTrue(segments >= 215, "the first page's segments fill its bar: " + segments);
            assertTrue(driver.findElements(By.cssSelector(".comments b")).isEmpty());
            assertTrue(driver.findElement(By.cssSelector(".comments")).getText().contains("<b>not bold</b>"));
            browser.screenshot("ratings-dashboard");
        }
    }

    @Test
    void saysFeedbackIsUnavailableWhenTheSiteIsServedWithoutTheApi() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(staticOnly.uri().resolve("/faq/alpha/first/").toString());
            waiting(driver).until(d -> status(driver).startsWith("Feedback is unavailable"));
            assertTrue(driver.findElements(By.cssSelector(".rating-scale button")).stream().noneMatch(WebElement::isEnabled));
            browser.screenshot("rating-unavailable");
        }
    }
}
