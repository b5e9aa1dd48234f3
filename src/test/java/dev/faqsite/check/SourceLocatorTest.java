package dev.faqsite.check;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.FrontMatter;
import dev.faqsite.model.KeyPositions;
import dev.faqsite.model.Question;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.TemplateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLocatorTest {

    // the built-in templates a question page does not use can still hold a line like the element's
    private final SourceLocator locator = new SourceLocator(List.of(
            new TemplateSource("partials/key-check.ftl", "built-in templates/partials/key-check.ftl",
                    List.of("<aside>", "<script type=\"application/ld+json\">${json?no_esc}</script>")),
            new TemplateSource("partials/layout.ftl", "built-in templates/partials/layout.ftl",
                    List.of("<head>", "<meta name=\"description\" content=\"${meta.description}\">",
                            "<script type=\"application/ld+json\">${data?no_esc}</script>"))));

    private final Question question = new Question("market-data", "depth",
            new FrontMatter("How deep is the book?", "Twenty levels.", Optional.empty(), Optional.empty(), List.of(), false, Optional.empty(), List.of(), List.of(),
                    new KeyPositions(SourceRef.of("content/faq/market-data/depth.md"),
                            Map.of("description", new SourceRef("content/faq/market-data/depth.md", 3, 14)))),
            SourceRef.of("content/faq/market-data/depth.md"), 5, "Twenty levels.", "hash");

    private final Document html = Jsoup.parse("""
            <html><head><meta name="description" content="Twenty levels.">
            <script type="application/ld+json">{"@type":"FAQPage"}</script></head><body><main></main></body></html>""");

    private SourceRef locate(String selector, Optional<Question> of) {
        RenderedPage page = new RenderedPage("/faq/market-data/depth/", "faq/market-data/depth/index.html", "question.ftl", of, List.of(), List.of(),
                Set.of());
        return locator.locate(page, html.selectFirst(selector));
    }

    @Test
    void structuredDataOfAQuestionIsTracedToTheQuestionsFileNotToATemplate() {
        assertEquals(new SourceRef("content/faq/market-data/depth.md", 5, 1), locate("script", Optional.of(question)));
    }

    @Test
    void theDescriptionIsTracedToItsFrontMatterKey() {
        assertEquals(new SourceRef("content/faq/market-data/depth.md", 3, 14), locate("meta", Optional.of(question)));
    }

    @Test
    void structuredDataOfAPageWithoutAQuestionIsTheTemplates() {
        assertEquals("built-in templates/partials/layout.ftl", locate("script", Optional.empty()).path());
    }
}
