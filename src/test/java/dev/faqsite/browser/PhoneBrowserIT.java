package dev.faqsite.browser;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.ServedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped site on a 360 px wide phone: the menu, no sideways scrolling, tap targets of at least 44 px. */
class PhoneBrowserIT {

    static final int WIDTH = 360;
    static final List<String> PAGES = List.of("/", "/faq/", "/faq/api-access-and-integration/",
            ReaderBrowserIT.MATLAB, ReaderBrowserIT.RATE_LIMITS, "/faq/security-and-privacy/keep-api-key-secret/",
            "/search/?q=api+key", "/no/such/page/");

    /**
     * Every control and link a finger may aim at, visible and at least 1 px wide, that is smaller than 44 × 44 px.
     * Links inside running text are exempt (WCAG's "inline" exception), as is the heading anchor, shown only on focus.
     */
    static final String SMALL_TARGETS = """
            var out = [];
            document.querySelectorAll('a[href], button, input, select, textarea, summary').forEach(function (el) {
              if (el.closest('p, td, th, .heading-anchor, .skip-link, .visually-hidden')) { return; }
              if (el.closest('.answer-body li') && !el.closest('.code-block')) { return; }
              var r = el.getBoundingClientRect();
              var style = getComputedStyle(el);
              if (r.width < 2 || r.height < 2 || style.visibility === 'hidden' || r.bottom < 0) { return; }
              if (r.width < 43.5 || r.height < 43.5) {
                out.push((el.id || el.className || el.tagName) + ' "' + el.textContent.trim().slice(0, 30) + '" '
                  + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            });
            return out;
            """;

    @RegisterExtension
    static final ServedSite site = ServedSite.shipped();

    @Test
    void opensTheSidebarFromTheMenuButtonAndClosesItWithEscape() {
        try (Browser browser = Browser.open(true, WIDTH, 800)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.uri().resolve(ReaderBrowserIT.MATLAB).toString());
            WebElement menu = driver.findElement(By.cssSelector(".menu-button"));
            WebElement sidebar = driver.findElement(By.id("sidebar"));
            assertTrue(menu.isDisplayed());
            assertFalse(sidebar.isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".navbar-links")).isDisplayed());
            browser.screenshot("phone-question-page");

            menu.click();
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertTrue(sidebar.isDisplayed());
            WebElement focused = driver.switchTo().activeElement();
            assertEquals("page", focused.getAttribute("aria-current"), "focus goes to the current page in the menu");
            assertTrue(driver.findElement(By.cssSelector(".sidebar-site")).isDisplayed(), "the navbar's links are in the menu");
            browser.screenshot("phone-menu");

            focused.sendKeys(Keys.ESCAPE);
            assertEquals("false", menu.getAttribute("aria-expanded"));
            assertEquals(menu, driver.switchTo().activeElement());
            ReaderBrowserIT.waiting(driver).until(d -> !sidebar.isDisplayed()); // once it has slid away
        }
    }

    @Test
    void opensTheFoldedSearchBoxAcrossTheNavbarAndShowsResultsWithinTheScreen() {
        try (Browser browser = Browser.open(true, WIDTH, 800)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.uri().resolve("/faq/").toString());
            WebElement box = driver.findElement(By.id("search-q"));
            assertEquals(44, box.getRect().getWidth(), "folded to its icon");
            box.click();
            assertTrue(box.getRect().getWidth() > 300, "opened across the navbar: " + box.getRect().getWidth());
            box.sendKeys("invoice");
            WebElement panel = driver.findElement(By.cssSelector(".search-dropdown .search-panel"));
            ReaderBrowserIT.waiting(driver).until(d -> panel.isDisplayed()
                    && !d.findElements(By.cssSelector("#search-q-results a")).isEmpty());
            assertTrue(panel.getRect().getX() >= 0 && panel.getRect().getX() + panel.getRect().getWidth() <= WIDTH, panel.getRect().toString());
            assertEquals(WIDTH, ((Long) driver.executeScript("return document.documentElement.scrollWidth")).intValue());
            browser.screenshot("phone-search");
        }
    }

    @Test
    void neverScrollsSidewaysAndOffersTapTargetsOfAtLeast44Pixels() {
        try (Browser browser = Browser.open(true, WIDTH, 800)) {
            ChromeDriver driver = browser.driver();
            List<String> problems = new ArrayList<>();
            for (String path : PAGES) {
                driver.get(site.uri().resolve(path).toString());
                long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                if (width > WIDTH) {
                    problems.add(path + ": page is " + width + " px wide");
                }
                for (Object small : (List<?>) driver.executeScript(SMALL_TARGETS)) {
                    problems.add(path + ": " + small);
                }
                driver.findElement(By.cssSelector(".menu-button")).click();
                for (Object small : (List<?>) driver.executeScript(SMALL_TARGETS)) {
                    problems.add(path + " (menu open): " + small);
                }
            }
            assertEquals(List.of(), problems);
        }
    }
}
