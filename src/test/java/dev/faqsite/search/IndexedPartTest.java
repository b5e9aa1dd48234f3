package dev.faqsite.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexedPartTest {

    private static final String NAV = "<nav class=\"sidebar\"><a href=\"/faq/a/\">A</a><a href=\"/faq/b/\">B</a></nav>";
    private static final String ANSWER = "<article class=\"answer\" data-pagefind-body data-category=\"Keys\" "
            + "data-pagefind-meta=\"category[data-category]\"><h1>Why is my key refused?</h1>"
            + "<article class=\"aside\"><p>nested</p></article><div data-pagefind-ignore>Was this helpful?</div>"
            + "<p>It takes a few minutes to reach every region.</p></article>";

    private static String page(String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"de\"><head><title>t</title>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void keepsOnlyTheHtmlTagAndTheMarkedElementOfAFaqsitePage() {
        String html = page("<script type=\"application/ld+json\">{}</script>", NAV + "<main>" + ANSWER + "</main><footer>(c)</footer>");
        assertEquals("<!DOCTYPE html><html lang=\"de\"><body>" + ANSWER + "</body></html>", IndexedPart.of(html));
    }

    @Test
    void findsTheEndOfTheMarkedElementPastElementsOfTheSameNameInsideIt() {
        String html = page("", ANSWER + "<article><p>after</p></article>");
        assertEquals("<!DOCTYPE html><html lang=\"de\"><body>" + ANSWER + "</body></html>", IndexedPart.of(html));
    }

    @Test
    void sendsThePageWholeWhenAPagefindAttributeIsOutsideTheMarkedElement() {
        String html = page("", "<span data-pagefind-filter=\"tag\">keys</span>" + ANSWER);
        assertEquals(html, IndexedPart.of(html));
    }

    @Test
    void sendsThePageWholeWhenAHeadingOrAnImagePagefindCouldTakeIsOutsideIt() {
        String heading = page("", "<h1>Site title</h1>" + ANSWER);
        String image = page("", NAV.replace("A</a>", "<img src=\"/logo.png\" alt=\"\"></a>") + ANSWER);
        assertEquals(heading, IndexedPart.of(heading));
        assertEquals(image, IndexedPart.of(image));
    }

    @Test
    void sendsThePageWholeWhenTheMarkedElementHasNoHeading() {
        String html = page("", ANSWER.replace("<h1>Why is my key refused?</h1>", "<p>Why?</p>"));
        assertEquals(html, IndexedPart.of(html));
    }

    @Test
    void sendsPagesWithoutOneMarkedElementWhole() {
        String none = page("", NAV + "<main><h1>Redirecting</h1></main>");
        String two = page("", ANSWER + ANSWER);
        String unclosed = page("", ANSWER.substring(0, ANSWER.length() - "</article>".length()));
        assertEquals(none, IndexedPart.of(none));
        assertEquals(two, IndexedPart.of(two));
        assertEquals(unclosed, IndexedPart.of(unclosed));
    }
}
