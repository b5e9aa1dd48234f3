package dev.faqsite.browser;

import dev.faqsite.testing.Browser;
import dev.faqsite.testing.ServedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped site in a real headless Chromium: reading, paging with Next, the sidebar's expand buttons. */
class NavigationBrowserIT {

    @RegisterExtension
    static final ServedSite site = ServedSite.shipped();

    @Test
    void followsNextAcrossTheFaqAndKeepsTheSidebarInStep() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.uri().resolve("/faq/api-access-and-integration/api-examples-and-sdk-source/").toString());
            driver.findElement(By.cssSelector(".pager-next")).click();

            assertTrue(driver.getCurrentUrl().endsWith("/faq/api-access-and-integration/invalid-api-key-after-new-key/"));
            assertEquals("Why am I getting an \"Invalid API Key\" error after generating a new key?",
                    driver.findElement(By.tagName("h1")).getText());
            WebElement current = driver.findElement(By.cssSelector(".sidebar [aria-current=page]"));
            assertEquals(driver.findElement(By.tagName("h1")).getText(), current.getText());
            assertTrue(current.isDisplayed());
            browser.screenshot("question-page");
        }
    }

    @Test
    void expandsAndCollapsesACategoryWithItsButtonFromTheKeyboard() {
        try (Browser browser = Browser.open(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.uri().resolve("/faq/general/what-is-coinapi/").toString());
            WebElement toggle = driver.findElement(By.cssSelector("button[aria-controls=sb-enterprise-plan]"));
            WebElement list = driver.findElement(By.id("sb-enterprise-plan"));
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertFalse(list.isDisplayed());

            toggle.sendKeys(Keys.ENTER);
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(list.isDisplayed());
            browser.screenshot("sidebar-expanded");

            toggle.sendKeys(Keys.SPACE);
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertFalse(list.isDisplayed());
        }
    }

    @Test
    void showsEveryCategorysQuestionsWithoutJavaScript() {
        try (Browser browser = Browser.open(false)) {
            ChromeDriver driver = browser.driver();
            driver.get(site.uri().resolve("/faq/general/what-is-coinapi/").toString());
            assertTrue(driver.findElement(By.id("sb-enterprise-plan")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector("button[aria-controls=sb-enterprise-plan]")).isDisplayed());
            browser.screenshot("question-page-no-js");
        }
    }
}
