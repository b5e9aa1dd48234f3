package dev.faqsite.browser;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.ServedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped site's reader features in a real headless Chromium: search by keyboard, the 404 page's search, the
 * table of contents, the theme toggle without a flash, copy buttons. Screenshots under target/screenshots/.
 */
class ReaderBrowserIT {

    static final String MATLAB = "/faq/api-access-and-integration/using-coinapi-from-matlab/";
    static final String RATE_LIMITS = "/faq/api-usage-and-limits/rate-limits-and-429/";

    @RegisterExtension
    static final ServedSite site = ServedSite.shipped();

    static String url(String path) {
        return site.uri().resolve(path).toString();
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** How many files of the search (its script, Pagefind, the index) the page has loaded so far. */
    static long searchRequests(ChromeDriver driver) {
        return (Long) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/pagefind/') >= 0; }).length");
    }

    @Test
    void searchesFromTheKeyboardAloneAndFollowsAResult() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(url("/faq/general/what-is-coinapi/"));
            assertEquals(0, searchRequests(driver), "the index loads only once the reader searches");

            new Actions(driver).sendKeys("/").perform();
            WebElement box = driver.switchTo().activeElement();
            assertEquals("search-q", box.getAttribute("id"));
            assertEquals(0, searchRequests(driver));

            box.sendKeys("rate limit");
            waiting(driver).until(d -> !d.findElements(By.cssSelector("#search-q-results a")).isEmpty());
            assertTrue(searchRequests(driver) > 0);
            WebElement first = driver.findElement(By.cssSelector("#search-q-results > li > a"));
            assertTrue(first.isDisplayed());
            List<String> marked = driver.findElements(By.cssSelector("#search-q-results mark")).stream().map(WebElement::getText).toList();
            assertFalse(marked.isEmpty(), "the words found are highlighted");
            assertTrue(marked.stream().map(String::toLowerCase).allMatch(m -> m.contains("rate") || m.contains("limit")), marked.toString());
            browser.screenshot("search-dropdown");

            box.sendKeys(Keys.ARROW_DOWN);
            assertEquals(first, driver.switchTo().activeElement());
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            assertFalse(first.equals(driver.switchTo().activeElement()));
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
            assertEquals(first, driver.switchTo().activeElement());
            String target = first.getAttribute("href");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waiting(driver).until(d -> d.getCurrentUrl().equals(target));
            assertFalse(driver.findElement(By.tagName("h1")).getText().isEmpty());
        }
    }

    @Test
    void escapeClosesTheResultsAndEnterOpensTheResultsPage() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(url("/faq/"));
            WebElement box = driver.findElement(By.id("search-q"));
            box.click();
            box.sendKeys("websocket");
            waiting(driver).until(d -> d.findElement(By.cssSelector(".search-dropdown .search-panel")).isDisplayed());
            box.sendKeys(Keys.ESCAPE);
            assertFalse(driver.findElement(By.cssSelector(".search-dropdown .search-panel")).isDisplayed());
            assertEquals(box, driver.switchTo().activeElement());

            box.sendKeys(Keys.ENTER);
            waiting(driver).until(d -> d.getCurrentUrl().endsWith("/search/?q=websocket"));
            waiting(driver).until(d -> !d.findElements(By.cssSelector(".search-page .search-results a")).isEmpty());
            assertTrue(driver.findElement(By.cssSelector(".search-page .search-status")).getText().matches("\\d+ results? for websocket"));
            assertTrue(driver.findElement(By.cssSelector(".search-page .search-results")).getText().contains("WebSocket"));
            browser.screenshot("search-page");
        }
    }

    @Test
    void searchesTheWordsOfAMissingAddressOnThe404PageAndLeadsToTheResultsPage() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(url("/faq/rate-limits-429/"));
            assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
            WebElement box = driver.findElement(By.id("search-page-q"));
            assertEquals("rate limits 429", box.getAttribute("value"));
            waiting(driver).until(d -> !d.findElements(By.cssSelector(".search-page .search-results a")).isEmpty());
            assertTrue(driver.findElements(By.cssSelector(".search-page .search-results > li > a")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith(RATE_LIMITS)));
            assertFalse(driver.findElements(By.cssSelector(".not-found-categories a")).isEmpty(), "the category list is there too");
            browser.screenshot("not-found");

            box.clear();
            box.sendKeys("invoice" + Keys.ENTER);
            waiting(driver).until(d -> d.getCurrentUrl().endsWith("/search/?q=invoice"));
            waiting(driver).until(d -> !d.findElements(By.cssSelector(".search-page .search-results a")).isEmpty());
        }
    }

    @Test
    void marksTheSectionInViewInTheTableOfContents() {
        try (Browser browser = Browser.open(true, 1400, 900)) {
            ChromeDriver driver = browser.driver();
            driver.get(url(MATLAB));
            List<WebElement> links = driver.findElements(By.cssSelector(".toc-list a"));
            assertTrue(links.size() >= 3);
            assertTrue(links.get(0).isDisplayed());
            assertEquals("is-active", links.get(0).getAttribute("class"));

            String second = links.get(1).getAttribute("hash").substring(1);
            driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", second);
            waiting(driver).until(d -> "is-active".equals(links.get(1).getAttribute("class")));
            assertEquals("location", links.get(1).getAttribute("aria-current"));
            assertEquals(1, driver.findElements(By.cssSelector(".toc-list a.is-active")).size());

            links.get(0).click();
            waiting(driver).until(d -> "is-active".equals(links.get(0).getAttribute("class")));
            browser.screenshot("question-page-light");
        }
    }

    @Test
    void foldsTheTableOfContentsBehindAButtonOnNarrowScreens() {
        try (Browser browser = Browser.open(true, 700, 900)) {
            ChromeDriver driver = browser.driver();
            driver.get(url(MATLAB));
            WebElement toggle = driver.findElement(By.cssSelector(".toc-toggle"));
            WebElement list = driver.findElement(By.cssSelector(".toc-list"));
            assertFalse(list.isDisplayed());
            toggle.sendKeys(Keys.ENTER);
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(list.isDisplayed());
        }
    }

    @Test
    void remembersTheChosenThemeAcrossPagesWithoutAFlashOfTheOther() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            browser.preferColorScheme("light");
            driver.get(url(MATLAB));
            assertEquals("rgb(255, 255, 255)", background(driver));
            WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
            assertEquals("false", toggle.getAttribute("aria-pressed"));

            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-pressed"));
            assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
            assertEquals("rgb(15, 18, 23)", background(driver));
            browser.screenshot("question-page-dark");

            // what the very first frame of the next page shows, recorded before any of its own scripts run
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    requestAnimationFrame(function () {
                      var root = document.documentElement;
                      window.firstFrame = { theme: root.getAttribute('data-theme'),
                        scheme: getComputedStyle(root).colorScheme,
                        background: document.body ? getComputedStyle(document.body).backgroundColor : '' };
                    });
                    """));
            driver.findElement(By.cssSelector(".pager-next")).click();
            waiting(driver).until(d -> ((ChromeDriver) d).executeScript("return window.firstFrame") != null);
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) driver.executeScript("return window.firstFrame");
            assertEquals("dark", first.get("theme"));
            assertEquals("dark", first.get("scheme"));
            assertTrue(first.get("background").equals("") || first.get("background").equals("rgb(15, 18, 23)"), first.toString());
            assertEquals("true", driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));

            driver.findElement(By.cssSelector(".theme-toggle")).click();
            driver.navigate().refresh();
            assertEquals("light", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
            assertEquals("rgb(255, 255, 255)", background(driver));
        }
    }

    @Test
    void followsTheSystemsDarkSettingUntilTheReaderChooses() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            browser.preferColorScheme("dark");
            driver.get(url("/"));
            assertEquals(null, driver.findElement(By.tagName("html")).getAttribute("data-theme"));
            assertEquals("rgb(15, 18, 23)", background(driver));
            assertEquals("true", driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));
            browser.screenshot("home-dark");
        }
    }

    @Test
    void copiesACodeBlockWithItsButton() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url("/").replaceAll("/$", ""),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            driver.get(url(RATE_LIMITS));
            WebElement block = driver.findElement(By.cssSelector(".code-block[data-lang=python]"));
            assertEquals("Python", block.findElement(By.cssSelector(".code-lang")).getText());
            WebElement button = block.findElement(By.cssSelector(".code-copy"));
            assertEquals("Copy code", button.getAccessibleName());

            button.click();
            waiting(driver).until(d -> button.getText().startsWith("Copied"));
            String copied = (String) driver.executeAsyncScript(
                    "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('failed: ' + e); });");
            assertEquals(block.findElement(By.tagName("code")).getAttribute("textContent"), copied);
            assertTrue(copied.contains("def get_with_backoff(url, key, params=None, max_tries=6):\n    delay = 1.0"), copied);
        }
    }

    @Test
    void transfersLessThan50KilobytesForAQuestionPagesFirstView() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(url(RATE_LIMITS));
            long bytes = (Long) driver.executeScript("""
                    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                      .filter(function (e) { return e.entryType === 'navigation' || /\\.(css|js)(\\?|$)/.test(e.name); })
                      .reduce(function (sum, e) { return sum + e.transferSize; }, 0);
                    """);
            assertTrue(bytes > 0 && bytes < 50_000, bytes + " bytes");
            assertEquals(0, searchRequests(driver));
            assertEquals("gzip", driver.executeScript("return fetch(location.href).then(r => r.headers.get('content-encoding'))"));
        }
    }

    static String background(ChromeDriver driver) {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    }
}
