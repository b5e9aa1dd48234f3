package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.Snippet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders answers. Built once per bake from the configured extension names; {@link #render} is safe to call from
 * several threads at once.
 */
public final class MarkdownRenderer {

    private static final Map<String, Supplier<Extension>> EXTENSIONS = new LinkedHashMap<>();

    static {
        EXTENSIONS.put("tables", TablesExtension::create);
        EXTENSIONS.put("strikethrough", StrikethroughExtension::create);
        EXTENSIONS.put("tasklist", TaskListExtension::create);
        EXTENSIONS.put("autolink", Autolinks::create);
        EXTENSIONS.put("anchorlink", AnchorLinkExtension::create);
        EXTENSIONS.put("admonitions", Admonitions::create);
        EXTENSIONS.put("footnotes", FootnoteExtension::create);
    }

    /**
     * An answer to render.
     *
     * @param markdown   its Markdown
     * @param start      the file and line the Markdown starts on, so that reported places are the file's
     * @param links      where links to other pages point
     * @param components what the components written in it become
     * @param snippets   the snippets includes may name, by their path under {@code content/}
     */
    public record Source(String markdown, SourceRef start, LinkTargets links, Components components,
                         Function<String, Optional<Snippet>> snippets) {
    }

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MutableDataSet options;

    private MarkdownRenderer(List<Extension> extensions) {
        options = new MutableDataSet();
        List<Extension> all = new ArrayList<>(extensions);
        all.add(Directives.create());
        all.add(LinkRewriting.create());
        all.add(CodeBlocks.create());
        all.add(AnchorLabels.create());
        options.set(Parser.EXTENSIONS, all);
        // the document keeps its lines' offsets: without them every node's line number is found by reading the answer
        // from its start again (6 % of rendering, for the headings' and links' source lines)
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.ESCAPE_HTML, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "");
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        // a footnote's way back reads as words to a screen reader; the arrow is decoration, and neither is part of the
        // answer's text (derived text and the search index leave data-pagefind-ignore out)
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "<span aria-hidden=\"true\" data-pagefind-ignore>&#8617;</span>"
                + "<span class=\"visually-hidden\" data-pagefind-ignore>Back to the text</span>");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(HeadingIdGenerator.FACTORY).build();
    }

    /** The extension names a site config may list. */
    public static List<String> knownExtensions() {
        return List.copyOf(EXTENSIONS.keySet());
    }

    /** @throws UnknownExtensionException for the first name that is not known: an unknown name is never ignored */
    public static MarkdownRenderer withExtensions(List<String> names) throws UnknownExtensionException {
        List<Extension> extensions = new ArrayList<>();
        for (String name : names) {
            Supplier<Extension> factory = EXTENSIONS.get(name);
            if (factory == null) {
                throw new UnknownExtensionException(name, knownExtensions());
            }
            extensions.add(factory.get());
        }
        return new MarkdownRenderer(extensions);
    }

    /** The admonition kinds an author may write, for messages. */
    public static List<String> admonitionKinds() {
        return Admonition.Kind.names();
    }

    public RenderedMarkdown render(Source source) {
        List<Finding> findings = new ArrayList<>();
        Includes.Expanded expanded = Includes.expand(parser, source.markdown(), source.start().path(), source.start().line(),
                source.snippets(), findings);
        SourceMap lines = expanded.map();
        Document document = parser.parse(expanded.text());
        document.set(LinkRewriting.TARGETS, source.links());
        document.set(LinkRewriting.LINES, lines);
        List<LinkNote> notes = new ArrayList<>();
        document.set(LinkRewriting.NOTES, notes);
        List<Directive> components = new ArrayList<>();
        document.set(Directives.RENDERED, components);
        String html = renderer.render(document);
        Admonitions.findings(document, lines, findings);
        Directives.findings(document, lines, findings);
        Tabs.findings(document, lines, findings);
        MdxLeftovers.findings(document, lines, findings);
        html = Directives.place(html, components, lines, source.components(), findings);
        return new RenderedMarkdown(html, headings(document, lines), findings, notes, expanded.files(), Tabs.used(document));
    }

    private List<dev.faqsite.markdown.Heading> headings(Document document, SourceMap lines) {
        // the renderer gave each heading its id (HeadingIdGenerator)
        List<dev.faqsite.markdown.Heading> out = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                out.add(new dev.faqsite.markdown.Heading(heading.getLevel(), heading.getAnchorRefId(),
                        text.collectAndGetText(heading).strip(), lines.at(heading.getStartLineNumber(), 1)));
            }
        }
        return out;
    }
}
