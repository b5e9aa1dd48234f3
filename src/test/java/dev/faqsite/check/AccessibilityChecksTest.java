package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessibilityChecksTest {

    private static List<String> findings(String body) {
        RenderedPage page = new RenderedPage("/x/", "x/index.html", "page.ftl", Optional.empty(), List.of(), List.of(), Set.of());
        List<String> out = new ArrayList<>();
        PageFacts facts = PageFacts.of(page, Jsoup.parse("<body>" + body + "</body>"));
        List.of(new LandmarksRule(), new AccessibleNameRule(), new LinkTextRule()).forEach(rule -> rule.check(facts, finding -> out.add(finding.message())));
        return out;
    }

    @Test
    void readsALinksTextAsAScreenReaderDoesWithItsWhitespaceCollapsed() {
        assertEquals(List.of("link text 'Read more' does not say where it goes"),
                findings("<a href=\"/a/\">  Read\n   more </a><a href=\"/b/\">Read more about rate limits</a>"));
    }

    @Test
    void namesLandmarksByTheElementsTheirAriaLabelledbyPointsAt() {
        String navs = "<nav aria-labelledby=\"one\"><h2 id=\"one\">%s</h2></nav><nav aria-labelledby=\"two\"><h2 id=\"two\">%s</h2></nav>";
        assertEquals(List.of(), findings(navs.formatted("Contents", "Categories")));
        assertEquals(List.of("two navigation landmarks are both labelled 'contents'"), findings(navs.formatted("Contents", "contents")));
    }

    @Test
    void countsAHeaderAsABannerOnlyOutsideSectioningContent() {
        assertEquals(List.of(), findings("<header>Site</header><main><article><header>Question</header></article></main>"));
        assertEquals(List.of("a banner landmark without a label among others of its kind",
                "a banner landmark without a label among others of its kind"), findings("<header>Site</header><div><header>Again</header></div>"));
    }

    @Test
    void findsButtonsAndFieldsWithoutAName() {
        assertEquals(List.of("button without an accessible name", "form field 'q' without a label"),
                findings("<button><span class=\"icon\"></span></button><button><img src=\"/x.svg\" alt=\"Close\"></button>"
                        + "<label for=\"named\">Name</label><input id=\"named\"><input name=\"q\">"));
    }
}
