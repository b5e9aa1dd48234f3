package dev.faqsite.live;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.WatchedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --watch} with search, in a real browser: an edited answer is found by the open preview's search without
 * a manual reload — on the search page and in the navbar's dropdown — and by the search of a page opened afterwards,
 * though the index is published after the reload.
 */
class LiveSearchBrowserIT {

    private static final String RESULT = ".search-page .search-results a[href='/faq/alpha/first/']";
    private static final String DROPDOWN_RESULT = "#search-q-results a[href='/faq/alpha/first/']";

    @RegisterExtension
    final WatchedSite site = WatchedSite.of("small").withConfig("search:\n  enabled: true\n");

    @Test
    void anEditedAnswerIsFoundByTheOpenSearchPageAndByAPageOpenedAfterIt() throws Exception {
        Path file = site.source().resolve("content/faq/alpha/first.md");
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(site.uri().resolve("/search/?q=zanzibar").toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-page .search-results"),
                    "No results"));
            listening(driver, wait);

            Files.writeString(file, Files.readString(file).replace("The first answer", "The first answer, now in zanzibar"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(RESULT)));

            Files.writeString(file, Files.readString(file).replace("zanzibar", "quokka"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-page .search-results"),
                    "No results"));
            driver.get(site.uri().resolve("/search/?q=quokka").toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(RESULT)));
        }
    }

    @Test
    void thePreviewsSearchIndexIsNeverCachedByTheBrowser() throws Exception {
        HttpResponse<Void> shards = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                site.uri().resolve("/pagefind/shards.json")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, shards.statusCode());
        assertEquals("no-store", shards.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void theOpenNavbarDropdownListsAnEditedAnswerWithoutRetyping() throws Exception {
        Path file = site.source().resolve("content/faq/alpha/first.md");
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(site.uri().resolve("/faq/beta/third/").toString());
            listening(driver, wait);
            WebElement box = driver.findElement(By.id("search-q"));
            box.click();
            box.sendKeys("zanzibar");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-q-results"), "No results"));

            Files.writeString(file, Files.readString(file).replace("The first answer", "The first answer, now in zanzibar"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(DROPDOWN_RESULT)));
            assertTrue(driver.findElement(By.cssSelector(DROPDOWN_RESULT)).isDisplayed(), "the dropdown is open");
            assertEquals("zanzibar", driver.findElement(By.id("search-q")).getAttribute("value"));
        }
    }

    /** Waits until the page's live-reload stream is open: its first event tells the search index's generation. */
    private static void listening(ChromeDriver driver, WebDriverWait wait) {
        wait.until(d -> driver.executeScript("return window.faqsiteSearchGeneration !== undefined"));
    }
}
