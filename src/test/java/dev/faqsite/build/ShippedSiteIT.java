package dev.faqsite.build;

import dev.faqsite.testing.BuiltSite;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository's own site: it builds cleanly and has the seed FAQ's structure. */
class ShippedSiteIT {

    @RegisterExtension
    static final BuiltSite site = BuiltSite.shipped();

    @Test
    void buildsWithNoProblemAtAll() {
        assertTrue(site.result().built());
        assertEquals("", Sites.problems(site.result()));
    }

    @Test
    void hasTheThirteenCategoriesOfTheSeedInItsOrder() {
        assertEquals(List.of("General", "API Usage and Limits", "Billing, Payment, and Subscriptions", "Account Management",
                "Security and Privacy", "API Access & Integration", "Market Data API", "EMS Trading API", "Indexes API",
                "Flat Files API", "Exchange Rates API", "Node as a Service", "Enterprise Plan"),
                Sites.page(site.out(), "/faq/").select(".faq-section h2").eachText());
    }

    @Test
    void hasEveryQuestionOfApiAccessAndIntegrationInTheSeedsOrder() {
        Document category = Sites.page(site.out(), "/faq/api-access-and-integration/");
        assertEquals(List.of(
                "Can using a VPN affect my connection to CoinAPI?",
                "How can I fix certificate validation errors when connecting to CoinAPI?",
                "How can I troubleshoot FIX API logon issues with CoinAPI?",
                "How can I use CoinAPI from MATLAB?",
                "How do I generate an API key for FIX API access?",
                "How do I troubleshoot API errors?",
                "How does CoinAPI calculate cryptocurrency exchange rates?",
                "How should I document and troubleshoot CoinAPI connectivity issues?",
                "What programming languages are supported by CoinAPI?",
                "What timezone does CoinAPI use for date and time values?",
                "Where are CoinAPI’s servers located, and how does latency vary by region?",
                "Where can I find API examples and SDK source code for CoinAPI?",
                "Why am I getting an \"Invalid API Key\" error after generating a new key?",
                "Why does my WebSocket connection keep disconnecting with code 1006 and no reason?"),
                category.select(".question-list > li > a").eachText());
    }

    @Test
    void showsApiAccessAndIntegrationsOwnTextAboveItsQuestionsAndTheSdkExamplesInTabs() {
        Document category = Sites.page(site.out(), "/faq/api-access-and-integration/");
        String page = category.html();
        assertTrue(page.indexOf("class=\"answer-body category-text\"") < page.indexOf("class=\"question-list\""));
        assertEquals("Before you open a ticket", category.selectFirst(".category-text .admonition-title").text());
        assertEquals("/faq/api-access-and-integration/api-examples-and-sdk-source/", category.selectFirst(".category-text a").attr("href"));
        Document sdk = Sites.page(site.out(), "/faq/api-access-and-integration/api-examples-and-sdk-source/");
        assertEquals(List.of("cURL", "Python", "JavaScript", "Java"), sdk.select(".answer-body .tabs .tab-label").eachText());
        assertEquals(4, sdk.select(".tab-panel .code-block").size(), "each panel's example, highlighted");
    }

    @Test
    void hasAtLeastTwoQuestionsInEveryCategory() {
        Document faq = Sites.page(site.out(), "/faq/");
        faq.select(".faq-section").forEach(section ->
                assertTrue(section.select(".question-list li").size() >= 2, section.select("h2").text()));
    }

    @Test
    void answersTheInvalidApiKeyQuestionWithTheAdviceOfTheSeed() {
        Document page = Sites.page(site.out(), "/faq/api-access-and-integration/invalid-api-key-after-new-key/");
        String text = page.select(".answer-body").text();
        assertTrue(text.contains("5–10 minutes"), text);
        assertTrue(page.select(".answer-body a[href^=https://support.coinapi.io]").size() > 0);
        assertEquals("Where can I find API examples and SDK source code for CoinAPI?", page.select(".pager-prev .pager-title").text());
        assertEquals("Why does my WebSocket connection keep disconnecting with code 1006 and no reason?", page.select(".pager-next .pager-title").text());
    }

    @Test
    void offersTheKeyCheckerInDemoModeAndItsWidgetInTheInvalidApiKeyAnswer() {
        Document checker = Sites.page(site.out(), "/tools/key-check/");
        assertEquals(List.of("ncsa", "emea", "apac"), checker.select("tr.kc-row").eachAttr("data-region"));
        assertEquals("Demo mode", checker.select(".kc-demo h2").text());
        Document answer = Sites.page(site.out(), "/faq/api-access-and-integration/invalid-api-key-after-new-key/");
        assertEquals("/tools/key-check/", answer.select("aside.kc-compact .kc-more a").attr("href"));
    }
}
