package dev.faqsite.markdown;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.withExtensions(List.of("tables", "strikethrough", "tasklist", "autolink", "anchorlink"));

    MarkdownRendererTest() throws UnknownExtensionException {
    }

    @Test
    void refusesAnUnknownExtensionInsteadOfIgnoringIt() {
        UnknownExtensionException e = assertThrows(UnknownExtensionException.class,
                () -> MarkdownRenderer.withExtensions(List.of("tables", "emoji")));
        assertEquals("emoji", e.name());
    }

    @Test
    void rendersTablesStrikethroughTaskListsAndHeadingIds() {
        RenderedMarkdown out = renderer.render("""
                Intro text.

                ## First part

                | a | b |
                |---|---|
                | 1 | 2 |

                ~~gone~~ and https://example.test

                - [x] done
                """, 10, LinkTargets.AS_WRITTEN);
        assertTrue(out.html().contains("<table"), out.html());
        assertTrue(out.html().contains("<del>gone</del>"), out.html());
        assertTrue(out.html().contains("<h2 id=\"first-part\">"), out.html());
        assertTrue(out.html().contains("<a href=\"https://example.test\">"), out.html());
        assertTrue(out.html().contains("type=\"checkbox\""), out.html());
        assertEquals(List.of(new Heading(2, "first-part", "First part", 12)), out.headings());
        assertEquals("Intro text.", out.summary());
    }

    @Test
    void handsEveryLinkWithItsFileLineToTheLinkTargets() {
        List<String> seen = new ArrayList<>();
        RenderedMarkdown out = renderer.render("One.\n\nSee [x](other.md#part).\n", 7, (href, line) -> {
            seen.add(href + "@" + line);
            return "/faq/other/#part";
        });
        assertEquals(List.of("other.md#part@9"), seen);
        assertTrue(out.html().contains("href=\"/faq/other/#part\""), out.html());
    }
}
