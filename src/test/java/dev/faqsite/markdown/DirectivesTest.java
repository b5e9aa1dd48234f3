package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.Snippet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directive syntax that components and includes are written in, and what a page's {@link Components} see. */
class DirectivesTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.withExtensions(List.of("admonitions"));
    private final List<ComponentUse> seen = new ArrayList<>();
    /** Draws each component as [name|attributes|body] so that nesting shows in the HTML. */
    private final Components drawing = (use, body, findings) -> {
        seen.add(use);
        return "[" + use.name() + "|" + use.attributes().values() + "|" + body.replace("\n", "") + "]";
    };

    DirectivesTest() throws UnknownExtensionException {
    }

    private RenderedMarkdown render(String markdown, Map<String, String> snippets) {
        return renderer.render(new MarkdownRenderer.Source(markdown, new SourceRef("content/faq/a/page.md", 5, 1),
                LinkTargets.AS_WRITTEN, drawing, file -> Optional.ofNullable(snippets.get(file))
                .map(text -> new Snippet(file, SourceRef.of("content/" + file), text))));
    }

    @Test
    void readsQuotedUnquotedAndBareFlagAttributesInTheOrderWritten() {
        render("::step[Python]{label=\"Py \\\"3\\\"\" value='py' order=2 default}\n", Map.of());
        ComponentUse tab = seen.get(0);
        assertEquals("Python", tab.label());
        assertEquals(List.of("label", "value", "order", "default"), List.copyOf(tab.attributes().values().keySet()));
        assertEquals("Py \"3\"", tab.attributes().values().get("label"));
        assertEquals("py", tab.attributes().values().get("value"));
        assertEquals("2", tab.attributes().values().get("order"));
        assertEquals(List.of("default"), tab.attributes().flags());
        assertEquals("content/faq/a/page.md:5:33", tab.attributeAt("value").toString());
    }

    @Test
    void nestsContainersByTheirColonsWithAdmonitionsAndCodeInside() {
        RenderedMarkdown out = render("""
                ::::steps{group="lang"}
                :::step{label="Python" value="py" default}
                Use **requests**.
                :::
                :::step{label="Java" value="java"}
                :::tip
                Inside a tab.
                :::
                ```text
                :::
                ```
                :::
                ::::
                After.
                """, Map.of());
        assertEquals(List.of("step", "step", "steps"), seen.stream().map(ComponentUse::name).toList(), "the last first: inner ones before outer");
        assertEquals(List.of(2, 1, 1), seen.stream().map(ComponentUse::ordinal).toList(), "each use's place among its name's, in reading order");
        assertTrue(out.html().startsWith("[steps|{group=lang}|[step|{label=Python, value=py, default=true}|<p>Use <strong>requests</strong>.</p>]"
                + "[step|{label=Java, value=java}|<div class=\"admonition admonition-tip\""), out.html());
        assertTrue(out.html().contains("<code class=\"language-text\">:::</code>"), out.html());
        assertTrue(out.html().endsWith("<p>After.</p>\n"), out.html());
        assertEquals(List.of(), out.findings());
    }

    @Test
    void aLeafFollowedByTextIsProseNotAComponent() {
        RenderedMarkdown out = render("::note this is just text\n", Map.of());
        assertEquals(List.of(), seen);
        assertEquals("<p>::note this is just text</p>\n", out.html());
    }

    @Test
    void reportsBadAttributesAtTheirColumnAndSkipsTheComponent() {
        RenderedMarkdown out = render("Text.\n\n::box{a=\"1\" a=2}\n\n::box{b='open\n", Map.of());
        assertEquals(List.of(
                new Finding(new SourceRef("content/faq/a/page.md", 7, 13), "attribute 'a' is given twice", "keep one of them"),
                new Finding(new SourceRef("content/faq/a/page.md", 9, 9), "the value of 'b' has no closing '", "close the quote before the end of the line")),
                out.findings());
        assertEquals(List.of(), seen);
    }

    @Test
    void includesASnippetWhoseFindingsHeadingsAndLinksPointAtItsOwnLines() {
        List<String> links = new ArrayList<>();
        RenderedMarkdown out = renderer.render(new MarkdownRenderer.Source("Intro.\n\n> ::include{file=\"_snippets/help.md\"}\n\nEnd.\n",
                new SourceRef("content/faq/a/page.md", 5, 1), (href, where) -> {
                    links.add(href + "@" + where);
                    return href;
                }, drawing, file -> Optional.of(new Snippet(file, SourceRef.of("content/" + file), "## Help\n\n[x](../faq/a/b.md)\n\n::box\n"))));
        assertTrue(out.html().contains("<blockquote>\n<h2 id=\"help\">"), "the snippet sits where the include was, quoted like it: " + out.html());
        assertEquals("content/_snippets/help.md:1:1", out.headings().get(0).where().toString());
        assertEquals(List.of("../faq/a/b.md@content/_snippets/help.md:3:1"), links);
        assertEquals("content/_snippets/help.md:5:1", seen.get(0).where().toString(), "the snippet's own column, not the quote's");
        assertEquals(java.util.Set.of("_snippets/help.md"), out.includes());
        assertTrue(out.html().contains("<p>End.</p>"));
    }
}
