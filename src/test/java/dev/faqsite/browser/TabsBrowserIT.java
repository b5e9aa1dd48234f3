package dev.faqsite.browser;

import dev.faqsite.testing.Axe;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.ServedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content tabs in headless Chromium under the site's CSP: the WAI-ARIA keyboard pattern, a choice followed by every
 * set of its group and remembered on the next page, and without JavaScript every panel under its label.
 */
class TabsBrowserIT {

    static final String FIRST = "/faq/sdks/first-request/";
    static final String ERRORS = "/faq/sdks/errors/";

    @RegisterExtension
    static final ServedSite site = ServedSite.fixture("tabs");

    private static List<WebElement> sets(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".tabs-enhanced")).size()
                == d.findElements(By.cssSelector(".tabs")).size());
        return driver.findElements(By.cssSelector(".tabs"));
    }

    private static String selected(WebElement set) {
        List<WebElement> on = set.findElements(By.cssSelector("[role=tab][aria-selected=true]"));
        assertEquals(1, on.size(), "one tab selected");
        return on.get(0).getText();
    }

    private static List<String> visiblePanels(WebElement set) {
        return set.findElements(By.cssSelector("[role=tabpanel]")).stream().filter(WebElement::isDisplayed)
                .map(p -> p.getAttribute("data-tab-value")).toList();
    }

    @Test
    void arrowsHomeAndEndMoveTheFocusAndTheSelectionWithOneTabInTheTabOrder() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.url(FIRST));
            WebElement set = sets(driver).get(0);
            assertEquals("Python", selected(set), "the tab marked default");
            assertEquals(List.of("python"), visiblePanels(set));
            List<WebElement> tabs = set.findElements(By.cssSelector("[role=tablist] [role=tab]"));
            assertEquals(List.of("cURL", "Python", "Go"), tabs.stream().map(WebElement::getText).toList());
            assertEquals(List.of("-1", "0", "-1"), tabs.stream().map(t -> t.getAttribute("tabindex")).toList(), "roving tabindex");
            WebElement panel = driver.findElement(By.id(tabs.get(1).getAttribute("aria-controls")));
            assertEquals(tabs.get(1).getAttribute("id"), panel.getAttribute("aria-labelledby"));

            tabs.get(1).click();
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            assertEquals("Go", driver.switchTo().activeElement().getText(), "focus follows");
            assertEquals("Go", selected(set));
            assertEquals(List.of("go"), visiblePanels(set));
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            assertEquals("cURL", driver.switchTo().activeElement().getText(), "from the last it wraps to the first");
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
            assertEquals("Go", driver.switchTo().activeElement().getText());
            driver.switchTo().activeElement().sendKeys(Keys.HOME);
            assertEquals("cURL", selected(set));
            driver.switchTo().activeElement().sendKeys(Keys.END);
            assertEquals("Go", driver.switchTo().activeElement().getText());
            assertEquals(List.of("-1", "-1", "0"), tabs.stream().map(t -> t.getAttribute("tabindex")).toList());
            assertEquals("true", tabs.get(2).getAttribute("aria-selected"));
            assertEquals("false", tabs.get(0).getAttribute("aria-selected"));
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(driver.findElement(By.id("tabs-1-3")), driver.switchTo().activeElement(), "Tab leaves the list for the panel");
        }
    }

    @Test
    void aChoiceIsMadeInEverySetOfItsGroupAndRememberedOnTheNextPage() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.url(FIRST));
            List<WebElement> sets = sets(driver);
            assertEquals("Python", selected(sets.get(1)), "the group's default");
            assertEquals("Linux", selected(sets.get(2)), "no default: the first");
            sets.get(0).findElement(By.xpath(".//button[.='cURL']")).click();
            assertEquals("cURL", selected(sets.get(1)), "the other set of the group follows");
            assertEquals(List.of("curl"), visiblePanels(sets.get(1)));
            assertEquals("Linux", selected(sets.get(2)), "a set without the group does not");
            sets.get(2).findElement(By.xpath(".//button[.='macOS']")).click();
            assertEquals("cURL", selected(sets.get(0)));

            sets.get(0).findElement(By.xpath(".//button[.='Go']")).click();
            assertEquals("cURL", selected(sets.get(1)), "a set without that value keeps its choice");
            driver.get(site.url(ERRORS));
            assertEquals("Go", selected(sets(driver).get(0)), "remembered across pages, over the page's default");
            driver.get(site.url(FIRST));
            assertEquals("Go", selected(sets(driver).get(0)));
            assertEquals("Python", selected(sets(driver).get(1)), "a set without the remembered value shows its default");
        }
    }

    @Test
    void withoutJavaScriptEveryPanelShowsUnderItsLabel() {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.url(FIRST));
            WebElement set = driver.findElement(By.cssSelector(".tabs"));
            assertTrue(set.findElements(By.cssSelector("[role=tab]")).isEmpty(), "no tabs that would do nothing");
            List<WebElement> panels = set.findElements(By.cssSelector(".tab-panel"));
            assertEquals(3, panels.size());
            assertTrue(panels.stream().allMatch(WebElement::isDisplayed));
            assertEquals(List.of("cURL", "Python", "Go"), panels.stream()
                    .map(p -> p.findElement(By.cssSelector(".tab-label"))).filter(WebElement::isDisplayed).map(WebElement::getText).toList());
            assertTrue(panels.get(2).findElement(By.cssSelector("pre code")).getText().contains("req.Header.Set"));
        }
    }

    @Test
    void searchFindsWordsThatOnlyAPanelNotShownFirstHolds() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.url("/search/?q=keychain"));
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".search-page .search-results a")).isEmpty());
            assertTrue(driver.findElement(By.cssSelector(".search-page .search-results a")).getAttribute("href").endsWith(FIRST),
                    "the macOS tab, behind Linux, is indexed");
        }
    }

    @Test
    void axeFindsNoViolationOnPagesWithTabsInBothThemes() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            for (String theme : List.of("light", "dark")) {
                driver.get(site.url(FIRST));
                driver.executeScript("localStorage.setItem('faqsite-theme', arguments[0])", theme);
                for (String path : List.of(FIRST, "/faq/sdks/")) {
                    driver.get(site.url(path));
                    sets(driver);
                    assertEquals(List.of(), Axe.violations(driver), path + " " + theme);
                    assertFalse(driver.findElements(By.cssSelector(".tab-label[hidden]")).isEmpty(), "the labels gave way to the tabs");
                }
            }
            browser.screenshot("tabs");
        }
    }
}
