package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructuredDataCheckTest {

    private static final String FAQ_PAGE = """
            <script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [{"@type": "Question",
              "name": "How long until a new key works?", "acceptedAnswer": {"@type": "Answer",
              "text": "<p>A few minutes: it must reach <b>every</b> region.</p>"}}]}</script>""";

    private static List<String> findings(String body) {
        RenderedPage page = new RenderedPage("/faq/keys/new/", "faq/keys/new/index.html", "question.ftl", Optional.empty(),
                List.of(), List.of(), Set.of());
        List<String> out = new ArrayList<>();
        new StructuredDataCheck().check(PageFacts.of(page, Jsoup.parse("<head>" + FAQ_PAGE + "</head><body>" + body + "</body>")),
                finding -> out.add(finding.message()));
        return out;
    }

    @Test
    void acceptsAnAnswerShownInTheMainContentBetweenOtherWords() {
        assertEquals(List.of(), findings("""
                <nav aria-label="FAQ categories"><a href="/faq/">FAQ</a></nav>
                <main><h1>How long until a new key works?</h1><p>Short answer</p>
                <p>A few minutes: it must reach <strong>every</strong> region.</p><p>Was this helpful?</p></main>"""));
    }

    @Test
    void refusesAnAnswerThatOnlyTheSidebarOrFooterShows() {
        assertEquals(List.of("FAQPage answer is not the visible answer: 'few minutes it must reach every' is not on the page"),
                findings("""
                        <nav aria-label="FAQ categories">A few minutes: it must reach every region.</nav>
                        <main><h1>How long until a new key works?</h1><p>Something else.</p></main>
                        <footer>A few minutes: it must reach every region.</footer>"""));
    }

    @Test
    void refusesAQuestionThatIsNotThePagesHeading() {
        assertEquals(List.of("FAQPage question 'How long until a new key works?' is not the page's h1"),
                findings("<main><h1>New keys</h1><p>A few minutes: it must reach every region.</p></main>"));
    }
}
