package dev.faqsite.browser;

import dev.faqsite.simulator.SimulatedRegion;
import dev.faqsite.testing.Axe;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.CheckerServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key checker in a real headless Chromium, over simulated regions that accept a new demo key after 0, 2 and 4
 * seconds ({@code sites/checker}): rows move from "not yet recognised" to "accepted" as the page re-checks by itself.
 */
class KeyCheckBrowserIT {

    @TempDir
    static Path tmp;
    static CheckerServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = CheckerServer.build("checker", tmp.resolve("site"), config -> config);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static WebDriverWait waiting(ChromeDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(50));
        // the page redraws the verdict and rows on each event: an element read mid-redraw is simply read again
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String text(ChromeDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static String words(ChromeDriver driver, String region) {
        return text(driver, "tr[data-region=" + region + "] .kc-words");
    }

    private static int probes() {
        return server.simulator().all().stream().mapToInt(SimulatedRegion::requests).sum();
    }

    private static void open(ChromeDriver driver, String path) {
        driver.get(server.uri().resolve(path).toString());
        waiting(driver, 10).until(d -> d.findElement(By.cssSelector(".kc-show")).isDisplayed());
    }

    @Test
    void createsADemoKeyChecksItAndSeesTheRegionsAcceptItOneAfterAnother() {
        try (Browser browser = Browser.open(true, 1280, 1400)) {
            ChromeDriver driver = browser.driver();
            open(driver, "/tools/key-check/");
            assertEquals("Demo mode", text(driver, ".kc-demo h2"));
            driver.findElement(By.cssSelector(".kc-demo button")).click();
            waiting(driver, 10).until(d -> text(driver, ".kc-demo-status").startsWith("Demo key created."));
            String key = driver.findElement(By.id("kc-key")).getDomProperty("value");
            assertTrue(key.matches("[0-9A-F-]{36}"), key);
            browser.screenshot("key-check-1-demo-key");

            driver.findElement(By.cssSelector(".kc-submit")).click();
            waiting(driver, 10).until(d -> text(driver, ".kc-verdict-text").equals("Propagated to 1 of 3 regions"));
            assertEquals("accepted", words(driver, "ncsa"));
            assertEquals("not yet recognised", words(driver, "emea"));
            assertEquals("not yet recognised", words(driver, "apac"));
            assertEquals("401", text(driver, "tr[data-region=emea] .kc-http"));
            assertEquals("1", text(driver, "tr[data-region=emea] .kc-attempt"));
            assertTrue(text(driver, ".kc-advice").contains("This is normal for a new key"));
            assertTrue(text(driver, ".kc-countdown").startsWith("Next check in"), text(driver, ".kc-countdown"));
            browser.screenshot("key-check-2-partly-propagated");

            waiting(driver, 30).until(d -> text(driver, ".kc-verdict-text").startsWith("Propagated everywhere"));
            assertEquals(List.of("accepted", "accepted", "accepted"), List.of(words(driver, "ncsa"), words(driver, "emea"), words(driver, "apac")));
            assertTrue(Integer.parseInt(text(driver, "tr[data-region=apac] .kc-attempt")) > 1);
            assertTrue(text(driver, "tr[data-region=apac] .kc-latency").matches("\\d+ ms"));
            assertEquals("Every region accepts the key: no more checks needed.", text(driver, ".kc-countdown"));
            assertTrue(text(driver, ".kc-timer").matches("First check \\d+ s ago\\."), text(driver, ".kc-timer"));
            assertFalse(driver.findElement(By.cssSelector(".kc-stop")).isDisplayed());
            assertEquals("propagated", driver.findElement(By.cssSelector(".kc-verdict")).getDomAttribute("data-kind"));
            browser.screenshot("key-check-3-propagated");

            driver.findElement(By.cssSelector(".kc-copy")).click();
            driver.findElement(By.cssSelector(".kc-summary-details summary")).click();
            String summary = driver.findElement(By.id("kc-summary")).getDomProperty("value");
            assertTrue(summary.contains("Key: …" + key.substring(32) + " (last four characters only)"), summary);
            assertTrue(summary.contains("- emea (Europe): accepted, HTTP 200"), summary);
            assertFalse(summary.contains(key), summary);
            assertFalse(driver.getPageSource().contains(key.substring(0, 24)) && !driver.findElement(By.id("kc-key")).isDisplayed());
        }
    }

    @Test
    void findsNoAccessibilityViolationWithResultsShownInEitherTheme() {
        for (String theme : List.of("light", "dark")) {
            try (Browser browser = Browser.open(true)) {
                ChromeDriver driver = browser.driver();
                driver.get(server.uri().resolve("/").toString());
                driver.executeScript("localStorage.setItem('faqsite-theme', arguments[0])", theme);
                open(driver, "/tools/key-check/");
                String key = server.simulator().keys().issue("AXE-" + theme.toUpperCase() + "-KEY-0001").key();
                driver.findElement(By.id("kc-key")).sendKeys(key);
                driver.findElement(By.cssSelector(".kc-submit")).click();
                waiting(driver, 10).until(d -> text(driver, ".kc-verdict-text").equals("Propagated to 1 of 3 regions"));
                driver.findElement(By.cssSelector(".kc-stop")).click();
                driver.findElement(By.cssSelector(".kc-summary-details summary")).click();
                assertEquals(List.of(), Axe.violations(driver), theme);
                browser.screenshot("key-check-results-" + theme);
            }
        }
    }

    @Test
    void trimsSpacesAndRefusesAMalformedKeyBeforeSendingAnything() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            open(driver, "/tools/key-check/");
            int before = probes();
            WebElement field = driver.findElement(By.id("kc-key"));
            field.sendKeys("not a key!");
            driver.findElement(By.cssSelector(".kc-submit")).click();
            assertEquals("A key has only letters, digits and hyphens. Check that you copied the whole key and nothing else.",
                    text(driver, "#kc-key-msg"));
            assertEquals("true", field.getDomAttribute("aria-invalid"));
            assertEquals("error", driver.findElement(By.id("kc-key-msg")).getDomAttribute("data-level"));
            browser.screenshot("key-check-malformed-key");

            field.clear();
            field.sendKeys("  NEVER-ISSUED-KEY-0001  ");
            driver.findElement(By.cssSelector(".kc-submit")).click();
            assertEquals("Removed spaces or line breaks around the key.", text(driver, "#kc-key-msg"));
            assertEquals("NEVER-ISSUED-KEY-0001", field.getDomProperty("value"));
            waiting(driver, 10).until(d -> text(driver, ".kc-verdict-text").equals("Not recognised in any region yet"));
            assertEquals(before + 3, probes(), "the malformed key was never sent");
            driver.findElement(By.cssSelector(".kc-stop")).click();
        }
    }

    @Test
    void showsAndHidesTheKeyWithItsToggle() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            open(driver, "/tools/key-check/");
            WebElement toggle = driver.findElement(By.cssSelector(".kc-show"));
            assertEquals("password", driver.findElement(By.id("kc-key")).getDomProperty("type"));
            toggle.click();
            assertEquals("text", driver.findElement(By.id("kc-key")).getDomProperty("type"));
            assertEquals("true", toggle.getDomAttribute("aria-pressed"));
            assertEquals("Hide", toggle.getText());
            toggle.click();
            assertEquals("password", driver.findElement(By.id("kc-key")).getDomProperty("type"));
        }
    }

    @Test
    void pausesWhileTheTabIsHiddenAndStopsOnStop() throws Exception {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            open(driver, "/tools/key-check/");
            driver.findElement(By.id("kc-key")).sendKeys("NEVER-ISSUED-KEY-0002");
            driver.findElement(By.cssSelector(".kc-submit")).click();
            waiting(driver, 10).until(d -> text(driver, ".kc-countdown").startsWith("Next check in"));

            driver.executeScript("Object.defineProperty(document, 'hidden', {value: true, configurable: true});"
                    + "document.dispatchEvent(new Event('visibilitychange'));");
            assertEquals("Paused while this tab is in the background.", text(driver, ".kc-countdown"));
            int paused = probes();
            Thread.sleep(3000);
            assertEquals(paused, probes(), "no check while hidden");

            driver.executeScript("Object.defineProperty(document, 'hidden', {value: false, configurable: true});"
                    + "document.dispatchEvent(new Event('visibilitychange'));");
            waiting(driver, 10).until(d -> probes() > paused);

            waiting(driver, 10).until(d -> text(driver, ".kc-countdown").startsWith("Next check in"));
            WebElement stop = driver.findElement(By.cssSelector(".kc-stop"));
            stop.click();
            assertEquals("Automatic checks stopped.", text(driver, ".kc-countdown"));
            assertEquals("Resume automatic checks", stop.getText());
            assertEquals("true", stop.getDomAttribute("aria-pressed"));
            int stopped = probes();
            Thread.sleep(3000);
            assertEquals(stopped, probes(), "no check after Stop");

            driver.findElement(By.cssSelector(".kc-now")).click();
            waiting(driver, 10).until(d -> probes() == stopped + 3);
            waiting(driver, 10).until(d -> text(driver, ".kc-attempt").matches("\\d+"));
            assertEquals("Automatic checks stopped.", text(driver, ".kc-countdown"));
            browser.screenshot("key-check-stopped");
        }
    }

    @Test
    void checksAKeyFromTheWidgetInTheAnswer() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            String key = server.simulator().keys().issue("WIDGET-KEY-0001").key();
            open(driver, "/faq/keys/new-key-rejected/");
            driver.findElement(By.id("kcw-key")).sendKeys(key);
            driver.findElement(By.cssSelector(".kc-compact .kc-submit")).click();
            waiting(driver, 10).until(d -> text(driver, ".kc-compact .kc-verdict-text").equals("Propagated to 1 of 3 regions"));
            assertEquals("accepted", text(driver, "li[data-region=ncsa] .kc-words"));
            assertEquals("(HTTP 401)", text(driver, "li[data-region=apac] .kc-http"));
            assertEquals("/tools/key-check/", driver.findElement(By.cssSelector(".kc-more a")).getDomAttribute("href"));
            browser.screenshot("key-check-widget");
        }
    }
}
