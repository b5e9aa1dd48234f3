package dev.faqsite.live;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.WatchedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve --watch} in a real browser: a save reloads the open page; a broken save shows where, until fixed. */
class LiveReloadBrowserIT {

    @RegisterExtension
    final WatchedSite site = WatchedSite.of("small");

    @Test
    void reloadsTheOpenPageAfterASaveAndShowsABrokenSaveInAnOverlay() throws Exception {
        Path file = site.source().resolve("content/faq/alpha/first.md");
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(site.uri().resolve("/faq/alpha/first/").toString());
            wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript("return document.readyState === 'complete'"));
            Thread.sleep(300); // let the page open its event stream before the first save

            Files.writeString(file, Files.readString(file).replace("The first answer", "The edited answer"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".answer-body"), "The edited answer"));

            Files.writeString(file, Files.readString(file).replace("order: 1", "order: one"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("faqsite-overlay")));
            String overlay = driver.findElement(By.id("faqsite-overlay")).getText();
            assertTrue(overlay.contains("content/faq/alpha/first.md:3:8: error: 'order' must be a whole number"), overlay);
            browser.screenshot("live-reload-error-overlay");

            Files.writeString(file, Files.readString(file).replace("order: one", "order: 1"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("faqsite-overlay")));
            assertTrue(driver.findElement(By.cssSelector(".answer-body")).getText().contains("The edited answer"));
        }
    }
}
