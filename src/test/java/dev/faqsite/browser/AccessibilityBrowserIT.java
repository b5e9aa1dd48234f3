package dev.faqsite.browser;

import dev.faqsite.testing.Axe;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.ServedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core finds no violation on the home, a category, question pages and the key checker (when the site has it),
 * nor on the search and 404 pages: in the light and the dark theme, and on a phone.
 */
class AccessibilityBrowserIT {

    static final List<String> PAGES = List.of("/", "/faq/api-access-and-integration/", ReaderBrowserIT.MATLAB,
            ReaderBrowserIT.RATE_LIMITS, "/faq/security-and-privacy/keep-api-key-secret/", "/tools/key-check/",
            "/faq/api-access-and-integration/api-examples-and-sdk-source/", "/search/?q=api+key", "/no/such/page/");

    @RegisterExtension
    static final ServedSite site = ServedSite.shipped();

    @Test
    void findsNoViolationInTheLightTheme() throws Exception {
        assertEquals(List.of(), violations("light", 1280));
    }

    @Test
    void findsNoViolationInTheDarkTheme() throws Exception {
        assertEquals(List.of(), violations("dark", 1280));
    }

    @Test
    void findsNoViolationOnAPhone() throws Exception {
        assertEquals(List.of(), violations("dark", PhoneBrowserIT.WIDTH));
    }

    private static List<String> violations(String theme, int width) throws Exception {
        List<String> found = new ArrayList<>();
        try (Browser browser = Browser.open(true, width, 900)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.uri().resolve("/").toString());
            driver.executeScript("localStorage.setItem('faqsite-theme', arguments[0])", theme);
            for (String path : existing(PAGES)) {
                driver.get(site.uri().resolve(path).toString());
                assertEquals(theme, driver.findElement(By.tagName("html")).getAttribute("data-theme"));
                if (path.startsWith("/search/") || path.startsWith("/no/")) {
                    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                            !d.findElements(By.cssSelector(".search-page .search-results a")).isEmpty());
                }
                for (String violation : Axe.violations(driver)) {
                    found.add(path + " " + theme + " " + width + "px: " + violation);
                }
            }
        }
        return found;
    }

    /** The pages this build has: the key checker's page comes with its own feature. */
    private static List<String> existing(List<String> paths) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            int status = http.send(HttpRequest.newBuilder(site.uri().resolve(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200 || path.startsWith("/no/")) {
                out.add(path);
            }
        }
        return out;
    }
}
