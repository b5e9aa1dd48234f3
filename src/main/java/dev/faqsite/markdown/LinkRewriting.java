package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.faqsite.diag.SourceRef;
import org.jetbrains.annotations.NotNull;

import java.util.List;

/**
 * Hands every link of a document to that document's {@link LinkTargets}. The targets travel with the parsed document
 * (a data key), so one renderer serves every page.
 */
final class LinkRewriting implements HtmlRenderer.HtmlRendererExtension {

    static final DataKey<LinkTargets> TARGETS = new DataKey<>("FAQSITE_LINK_TARGETS", LinkTargets.AS_WRITTEN);
    static final DataKey<SourceMap> LINES = new DataKey<>("FAQSITE_LINES", SourceMap.of("", 1, 1));
    /** Collects what was emitted; set per document before rendering (the default is never written to). */
    static final DataKey<List<LinkNote>> NOTES = new DataKey<>("FAQSITE_LINK_NOTES", List.of());

    static LinkRewriting create() {
        return new LinkRewriting();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public @NotNull LinkResolver apply(@NotNull LinkResolverBasicContext context) {
                return LinkRewriting::resolve;
            }
        });
    }

    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        LinkTargets targets = TARGETS.get(context.getDocument());
        SourceRef where = LINES.get(context.getDocument()).at(node.getStartLineNumber(), 1);
        String href = targets.resolve(link.getUrl(), where);
        boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
        String text = node instanceof LinkNodeBase base ? new TextCollectingVisitor().collectAndGetText(base).strip() : "";
        NOTES.get(context.getDocument()).add(new LinkNote(image, href, text, where));
        return href.equals(link.getUrl()) ? link : link.withStatus(LinkStatus.VALID).withUrl(href);
    }
}
