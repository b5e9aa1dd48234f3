package dev.faqsite.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingIdsTest {

    @Test
    void docusaurusKeepsEveryHyphenAndUnderscoreWhereFaqsiteMakesOneHyphen() {
        assertEquals("step-1---read-retry-after", HeadingIds.slug("Step 1 - read `Retry-After`"));
        assertEquals("step-1-read-retry-after", HeadingIds.fromText("Step 1 - read `Retry-After`"));
        assertEquals("per_key-and-per_region-limits", HeadingIds.slug("Per_key and per_region limits"));
        assertEquals("per-key-and-per-region-limits", HeadingIds.fromText("Per_key and per_region limits"));
    }

    @Test
    void bothReadAHeadingAsItIsShown() {
        assertEquals("the-limits-page", HeadingIds.slug("The [limits](limits.md) *page*"));
        assertEquals("contact-supportacmetest", HeadingIds.slug("Contact <support@acme.test>"));
        assertEquals("contact-supportacmetest", HeadingIds.fromText("Contact <support@acme.test>"));
        assertEquals("ünïcödé-heading--with-émoji-", HeadingIds.slug("Ünïcödé heading — with émoji 🚀"));
        assertEquals("ctrlc-copies", HeadingIds.slug("<kbd>Ctrl</kbd>+<kbd>C</kbd> copies"));
    }
}
