package dev.faqsite.live;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.WatchedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

/**
 * {@code serve --watch} with search, in a real browser: an edited answer is found by the open preview's search without
 * a manual reload, and by the search of a page opened afterwards, though the index is published after the reload.
 */
class LiveSearchBrowserIT {

    private static final String RESULT = ".search-page .search-results a[href='/faq/alpha/first/']";

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
            Thread.sleep(300); // let the page open its event stream before the save

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
}
