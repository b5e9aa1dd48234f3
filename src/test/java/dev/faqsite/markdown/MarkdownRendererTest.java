package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.withExtensions(List.of("tables", "strikethrough", "tasklist", "autolink", "anchorlink", "admonitions", "footnotes"));

    MarkdownRendererTest() throws UnknownExtensionException {
    }

    /** An answer of answer.md starting at {@code firstLine}, without components or snippets. */
    private RenderedMarkdown render(String markdown, int firstLine, LinkTargets links) {
        return renderer.render(new MarkdownRenderer.Source(markdown, new SourceRef("answer.md", firstLine, 1), links,
                Components.NONE, file -> Optional.empty()));
    }

    @Test
    void refusesAnUnknownExtensionInsteadOfIgnoringIt() {
        UnknownExtensionException e = assertThrows(UnknownExtensionException.class,
                () -> MarkdownRenderer.withExtensions(List.of("tables", "emoji")));
        assertEquals("emoji", e.name());
    }

    @Test
    void rendersTablesStrikethroughTaskListsAndHeadingIds() {
        RenderedMarkdown out = render("""
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
        assertEquals(List.of(new Heading(2, "first-part", "First part", new SourceRef("answer.md", 12, 1))), out.headings());
    }

    @Test
    void handsEveryLinkWithItsFileLineToTheLinkTargets() {
        List<String> seen = new ArrayList<>();
        RenderedMarkdown out = render("One.\n\nSee [x](other.md#part).\n", 7, (href, where) -> {
            seen.add(href + "@" + where);
            return "/faq/other/#part";
        });
        assertEquals(List.of("other.md#part@answer.md:9:1"), seen);
        assertTrue(out.html().contains("href=\"/faq/other/#part\""), out.html());
    }

    @Test
    void highlightsFencedCodeWithSpansAndEscapesIt() {
        String html = render("```python\nif x < 1:\n    print(\"<b>\")  # done\n```\n", 1, LinkTargets.AS_WRITTEN).html();
        assertTrue(html.contains("<div class=\"code-block\" data-lang=\"python\"><div class=\"code-head\" data-pagefind-ignore>"
                + "<span class=\"code-lang\">Python</span></div>"), html);
        assertTrue(html.contains("<code class=\"language-python\"><span class=\"k\">if</span> x &lt; <span class=\"n\">1</span>:\n"
                + "    <span class=\"k\">print</span>(<span class=\"s\">&quot;&lt;b&gt;&quot;</span>)  <span class=\"c\"># done</span></code>"), html);
    }

    @Test
    void showsTheFileTitleOfAFenceInItsHeader() {
        String html = render("```python title=\"fetch <rates>.py\"\nx = 1\n```\n", 1, LinkTargets.AS_WRITTEN).html();
        assertTrue(html.contains("<div class=\"code-head\" data-pagefind-ignore><span class=\"code-title\">fetch &lt;rates&gt;.py</span>"
                + "<span class=\"code-lang\">Python</span></div>"), html);
    }

    @Test
    void labelsButDoesNotColourALanguageItHasNoLexerFor() {
        String html = render("```matlab\nx = 1; % <note>\n```\n", 1, LinkTargets.AS_WRITTEN).html();
        assertTrue(html.contains("<span class=\"code-lang\">MATLAB</span>"), html);
        assertTrue(html.contains("<code class=\"language-matlab\">x = 1; % &lt;note&gt;</code>"), html);
        String unknown = render("```Elixir++\nIO.puts 1\n```\n", 1, LinkTargets.AS_WRITTEN).html();
        assertTrue(unknown.contains("<span class=\"code-lang\">Elixir++</span>") && unknown.contains("language-elixirpp"), unknown);
    }

    @Test
    void rendersAdmonitionsWithDefaultAndWrittenTitles() {
        RenderedMarkdown out = render("""
                :::note
                Plain.
                :::

                :::tip Use **env** vars
                Tip text.
                :::

                :::danger[Don't]
                Danger text.
                :::
                """, 1, LinkTargets.AS_WRITTEN);
        assertTrue(out.html().contains("<div class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Note</p>\n<p>Plain.</p>\n</div>"), out.html());
        assertTrue(out.html().contains("<p class=\"admonition-title\">Use <strong>env</strong> vars</p>"), out.html());
        assertTrue(out.html().contains("<div class=\"admonition admonition-danger\" role=\"note\"><p class=\"admonition-title\">Don't</p>"), out.html());
        assertEquals(List.of(), out.findings());
    }

    @Test
    void nestsAdmonitionsAndLeavesColonsInsideCodeAlone() {
        String html = render("""
                ::::caution
                Outer.

                :::info
                Inner.
                :::

                ```text
                :::
                ```
                ::::
                After.
                """, 1, LinkTargets.AS_WRITTEN).html();
        assertTrue(html.contains("<div class=\"admonition admonition-caution\" role=\"note\"><p class=\"admonition-title\">Caution</p>\n"
                + "<p>Outer.</p>\n<div class=\"admonition admonition-info\" role=\"note\"><p class=\"admonition-title\">Info</p>\n"
                + "<p>Inner.</p>\n</div>\n"), html);
        assertTrue(html.contains("<code class=\"language-text\">:::</code></pre></div>\n</div>\n<p>After.</p>"), html);
    }

    @Test
    void reportsAnUnknownKindAsAnUnknownComponentAndAMissingClosingLineAtTheirFileLines() {
        RenderedMarkdown out = render("Intro.\n\n:::warn\nx\n:::\n\n:::tip\nnever closed\n", 8, LinkTargets.AS_WRITTEN);
        assertEquals(List.of(
                new Finding(new SourceRef("answer.md", 14, 1), "admonition ':::tip' is never closed", "end it with a line of ':::'; until then it holds the rest of the answer"),
                new Finding(new SourceRef("answer.md", 10, 1), "unknown component ':::warn'", "this page knows no components")),
                out.findings());
    }

    @Test
    void namesHeadingAnchorsForScreenReaders() {
        RenderedMarkdown out = render("First *one*.\n\n## Part\n\n- a\n- b\n", 1, LinkTargets.AS_WRITTEN);
        assertTrue(out.html().contains("<h2 id=\"part\"><a href=\"#part\" class=\"heading-anchor\" aria-label=\"Link to this section\"></a>Part</h2>"), out.html());
    }

    @Test
    void headingsWithAnAddressInAngleBracketsGetTheirIdFromTheAddressTheyShow() {
        RenderedMarkdown out = render("""
                ## Contact <support@example.test>

                ## <https://status.example.test/>

                ## Contact support@example.test

                ## <https://status.example.test/>

                ## See *<https://docs.example.test/v2>* first
                """, 1, LinkTargets.AS_WRITTEN);
        assertEquals(List.of("contact-supportexampletest", "httpsstatusexampletest", "contact-supportexampletest-1",
                "httpsstatusexampletest-1", "see-httpsdocsexampletestv2-first"), out.headings().stream().map(Heading::id).toList());
        assertTrue(out.html().contains("<h2 id=\"httpsstatusexampletest\"><a href=\"#httpsstatusexampletest\""), out.html());
    }

    @Test
    void rendersFootnotesWithAWayBackNamedForScreenReaders() {
        RenderedMarkdown out = render("Counted per key.[^scope]\n\n[^scope]: Each key has its own budget.\n", 1, LinkTargets.AS_WRITTEN);
        assertTrue(out.html().contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>"), out.html());
        assertTrue(out.html().contains("<li id=\"fn-1\">"), out.html());
        assertTrue(out.html().contains("<a href=\"#fnref-1\" class=\"footnote-backref\"><span aria-hidden=\"true\" data-pagefind-ignore>"
                + "&#8617;</span><span class=\"visually-hidden\" data-pagefind-ignore>Back to the text</span></a>"), out.html());
    }

    @Test
    void reportsMdxWrittenInAnAnswerAtItsLineAndLeavesCodeAndHtmlAlone() {
        RenderedMarkdown out = render("""
                import Tabs from '@theme/Tabs';
                import '@site/src/css/extra.css';

                Pay first {/* not yet: refunds */} then ask.

                <Tabs groupId="lang">
                <TabItem value="py">Python</TabItem>
                </Tabs>

                <DIV>capital HTML is HTML</DIV> and `import x from 'y'` and `{/* code */}` in code spans.

                ```jsx
                import Tabs from '@theme/Tabs';
                <Tabs>{/* in a code block */}</Tabs>
                ```
                """, 20, LinkTargets.AS_WRITTEN);
        String convert = "; or convert the doc from MDX with 'faqsite import docusaurus'";
        String directives = "an answer is Markdown: write it as a directive, ::::tabs for tabs, see docs/components.md" + convert;
        assertEquals(List.of(
                new Finding(new SourceRef("answer.md", 20, 1), "an MDX import line shows on the page as text: 'import Tabs from '@theme/Tabs';'",
                        "an answer is Markdown: delete it, components are written as directives, ::name" + convert),
                new Finding(new SourceRef("answer.md", 21, 1), "an MDX import line shows on the page as text: 'import '@site/src/css/extra.css';'",
                        "an answer is Markdown: delete it, components are written as directives, ::name" + convert),
                new Finding(new SourceRef("answer.md", 23, 11), "an MDX comment '{/* … */}' shows on the page as text",
                        "an answer is Markdown: write an HTML comment, <!-- … -->" + convert),
                new Finding(new SourceRef("answer.md", 25, 1), "MDX component <Tabs> is not HTML: the page shows its content unstyled, or nothing", directives),
                new Finding(new SourceRef("answer.md", 26, 1), "MDX component <TabItem> is not HTML: the page shows its content unstyled, or nothing", directives)),
                out.findings());
    }
}
