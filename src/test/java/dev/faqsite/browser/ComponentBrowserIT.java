package dev.faqsite.browser;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.ServedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site's own component with its own stylesheet and script, in a real headless Chromium, served under the site's
 * strict Content-Security-Policy: the script runs and the stylesheet applies, from the site's own files.
 */
class ComponentBrowserIT {

    static final String PAGE = "/faq/general/status/";

    @RegisterExtension
    static final ServedSite site = ServedSite.fixture("components");

    @Test
    void theComponentsScriptAndStylesheetWorkUnderTheSitesContentSecurityPolicy() throws Exception {
        HttpResponse<Void> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url(PAGE))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String csp = head.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);

        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.url(PAGE));
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("[data-api-status][data-live=true]")).size() == 2);
            List<WebElement> boxes = driver.findElements(By.cssSelector("[data-api-status]"));
            for (WebElement box : boxes) {
                WebElement checked = box.findElement(By.cssSelector(".api-status-checked"));
                assertEquals("false", checked.getDomProperty("hidden"), "the script showed when the box was looked at");
                assertTrue(box.findElement(By.cssSelector("time")).getDomProperty("textContent").endsWith(" UTC"));
            }
            assertTrue(boxes.get(0).findElement(By.cssSelector(".api-status-checked")).isDisplayed());
            assertEquals("rgba(204, 102, 0, 1)", boxes.get(0).getCssValue("border-left-color"), "the component's stylesheet colours a degraded region");
            assertEquals("rgba(0, 128, 0, 1)", boxes.get(1).getCssValue("border-left-color"));
            assertFalse(boxes.get(1).isDisplayed(), "the nested box sits in a closed disclosure");
            driver.findElement(By.cssSelector("details.details-box summary")).click();
            assertTrue(boxes.get(1).isDisplayed());
            browser.screenshot("component-api-status");
        }
    }

    @Test
    void withoutJavaScriptTheBoxStillSaysTheStatus() {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.url(PAGE));
            WebElement first = driver.findElement(By.id("api-status-1"));
            assertEquals("degraded", first.findElement(By.cssSelector(".api-status-state")).getText());
            assertFalse(first.findElement(By.cssSelector(".api-status-checked")).isDisplayed());
        }
    }
}
