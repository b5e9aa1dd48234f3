package dev.faqsite.browser;

import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.server.KeyCheckService;
import dev.faqsite.server.Operations;
import dev.faqsite.server.ServerOptions;
import dev.faqsite.server.SiteServer;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checker's page while the server shuts down under it: a check still waiting for a slow region is ended with the
 * server's {@code shutdown} event, and the page says the server is restarting and schedules the next check, instead
 * of reporting a broken connection.
 */
class KeyCheckShutdownBrowserIT {

    @TempDir
    Path tmp;

    @Test
    void aCheckCutShortByAShutdownSaysTheServerIsRestartingAndChecksAgainLater() throws Exception {
        Path site = tmp.resolve("site");
        Sites.build(Sites.fixture("checker"), site);
        KeyCheckConfig config = new KeyCheckConfig(List.of(), List.of(
                new DemoRegion("ncsa", "Americas", "North, Central and South America", Duration.ofMillis(10), Duration.ZERO),
                new DemoRegion("emea", "Europe", "Europe, Middle East and Africa", Duration.ofMillis(10), Duration.ZERO),
                new DemoRegion("apac", "Asia Pacific", "Asia Pacific", Duration.ofSeconds(25), Duration.ZERO)),
                new KeyCheckConfig.Timeouts(Duration.ofMillis(500), Duration.ofSeconds(30)), new KeyCheckConfig.Limits(100, 100, 100, 100),
                new KeyCheckConfig.Retry(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(1)),
                KeyCheckConfig.Answers.none(), false);
        try (Operations operations = new Operations();
             KeyCheckService checker = KeyCheckService.start(config, "https://support.example.test/", site, Clock.systemUTC(),
                     new LocalRateLimits(Clock.systemUTC()), operations);
             Browser browser = Browser.open(true, 1280, 1400)) {
            String key = checker.simulator().orElseThrow().keys().issue("SHUTDOWN-KEY-0001").key();
            SiteServer server = SiteServer.start(site, ServerOptions.of("127.0.0.1", 0), checker.mounts(), null, operations);
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            wait.pollingEvery(Duration.ofMillis(50));
            wait.ignoring(StaleElementReferenceException.class);
            driver.get(server.uri().resolve("/tools/key-check/").toString());
            wait.until(d -> d.findElement(By.cssSelector(".kc-show")).isDisplayed());
            driver.findElement(By.id("kc-key")).sendKeys(key);
            driver.findElement(By.cssSelector(".kc-submit")).click();
            wait.until(d -> d.findElement(By.cssSelector("tr[data-region=emea] .kc-words")).getText().equals("accepted"));

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
                try {
                    server.shutdown(Duration.ofSeconds(2));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String restarting = "The server is restarting: the check was not finished. It will be checked again in a moment.";
            wait.until(d -> d.findElement(By.cssSelector(".kc-verdict-text")).getText().equals(restarting));
            assertEquals("error", driver.findElement(By.cssSelector(".kc-verdict")).getDomAttribute("data-kind"));
            String countdown = driver.findElement(By.cssSelector(".kc-countdown")).getText();
            assertTrue(countdown.startsWith("Next check in"), countdown);
            assertEquals("accepted", driver.findElement(By.cssSelector("tr[data-region=ncsa] .kc-words")).getText());
            browser.screenshot("key-check-server-restarting");
            stopping.join();
        }
    }
}
