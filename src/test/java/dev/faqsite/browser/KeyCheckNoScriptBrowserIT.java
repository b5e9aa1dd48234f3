package dev.faqsite.browser;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.CheckerServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key checker in Chromium with JavaScript disabled: every step is a form post answered by a page of the site. */
class KeyCheckNoScriptBrowserIT {

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

    /**
     * Clicks a button that posts a form and waits for the page that answers it. The old page is marked with a
     * window property that the new one cannot have; Chromium answers a question about the old page's elements
     * during the navigation with "Node with given id does not belong to the document" instead of a stale-element
     * error (seen in CI), so the wait asks the window, and a question that lands mid-navigation is asked again.
     */
    private static void submit(ChromeDriver driver, String button) {
        driver.executeScript("window.faqsiteAnsweredPage = false");
        driver.findElement(By.cssSelector(button)).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.faqsiteAnsweredPage === undefined && document.readyState === 'complete'")));
    }

    private static List<String> words(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("tr.kc-row .kc-words")).stream().map(WebElement::getText).toList();
    }

    @Test
    void createsADemoKeyAndChecksItWithFormPostsAlone() throws Exception {
        try (Browser browser = Browser.open(false, 1280, 1400)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve("/tools/key-check/").toString());
            assertFalse(driver.findElement(By.cssSelector(".kc-show")).isDisplayed(), "no toggle that would do nothing");
            assertFalse(driver.findElement(By.cssSelector(".kc-progress")).isDisplayed());

            submit(driver, ".kc-demo button");
            WebElement demoKey = driver.findElement(By.id("kc-demo-key"));
            String key = demoKey.getDomAttribute("value");
            assertTrue(key.matches("[0-9A-F-]{36}"), key);
            assertTrue(driver.findElement(By.cssSelector(".kc-notice")).getText().startsWith("Demo key created."));
            browser.screenshot("key-check-no-js-1-demo-key");

            driver.findElement(By.id("kc-key")).sendKeys(key);
            submit(driver, ".kc-submit");
            assertTrue(driver.getCurrentUrl().endsWith("/api/key-check"));
            assertEquals("Propagated to 1 of 3 regions", driver.findElement(By.cssSelector(".kc-verdict-text")).getText());
            assertEquals(List.of("accepted", "not yet recognised", "not yet recognised"), words(driver));
            assertEquals(3, driver.findElements(By.cssSelector("tr.kc-row")).size(),
                    "the rows the page drew, filled in, not drawn again");
            assertEquals("accepted", driver.findElements(By.cssSelector("tr.kc-row")).get(0).getDomAttribute("data-outcome"));
            assertFalse(driver.findElements(By.cssSelector("tr.kc-row")).get(1).getDomAttribute("data-outcome").equals("none"));
            assertEquals("partial", driver.findElement(By.cssSelector(".kc-verdict")).getDomAttribute("data-kind"));
            assertEquals("status", driver.findElement(By.cssSelector(".kc-verdict")).getDomAttribute("role"));
            assertTrue(driver.findElement(By.cssSelector(".kc-advice")).getText().contains("This is normal for a new key"));
            assertEquals("/faq/keys/new-key-rejected/", driver.findElement(By.cssSelector(".kc-advice a")).getDomAttribute("href"));
            assertEquals("", driver.findElement(By.id("kc-key")).getDomProperty("value"), "the key is never sent back");
            assertFalse(driver.getPageSource().contains(key));
            assertEquals("2", driver.findElement(By.cssSelector("input[name=attempt]")).getDomAttribute("value"));
            browser.screenshot("key-check-no-js-2-partly-propagated");

            Thread.sleep(4200);
            driver.findElement(By.id("kc-key")).sendKeys(key);
            submit(driver, ".kc-submit");
            assertEquals("Propagated everywhere: all 3 regions accept the key", driver.findElement(By.cssSelector(".kc-verdict-text")).getText());
            assertEquals(List.of("accepted", "accepted", "accepted"), words(driver));
            assertEquals(List.of("2", "2", "2"), driver.findElements(By.cssSelector("tr.kc-row .kc-attempt")).stream().map(WebElement::getText).toList());
            browser.screenshot("key-check-no-js-3-propagated");
        }
    }

    @Test
    void namesTheFieldOfAMalformedKeyOnThePage() {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve("/tools/key-check/").toString());
            driver.findElement(By.id("kc-key")).sendKeys("not/a/key");
            submit(driver, ".kc-submit");
            assertEquals("'key' may contain only letters A-Z, digits and '-'", driver.findElement(By.id("kc-key-msg")).getText());
            assertTrue(driver.findElement(By.cssSelector(".kc-notice-error")).getText().contains("'key' may contain only"));
            assertFalse(driver.getPageSource().contains("not/a/key"));
            browser.screenshot("key-check-no-js-malformed");
        }
    }

    @Test
    void answersTheWidgetsFormWithTheFullCheckerPage() {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            String key = server.simulator().keys().issue("NO-SCRIPT-WIDGET-KEY").key();
            driver.get(server.uri().resolve("/faq/keys/new-key-rejected/").toString());
            driver.findElement(By.id("kcw-key")).sendKeys(key);
            submit(driver, ".kc-compact .kc-submit");
            assertEquals("Check your API key in every region", driver.findElement(By.tagName("h1")).getText());
            assertEquals("Propagated to 1 of 3 regions", driver.findElement(By.cssSelector(".kc-verdict-text")).getText());
        }
    }
}
