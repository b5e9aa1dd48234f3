package dev.faqsite.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Names the heading anchors for assistive technology. The anchor has no text of its own (the stylesheet draws the
 * "#"), so that the heading's text stays clean for the table of contents and the search index.
 */
final class AnchorLabels implements HtmlRenderer.HtmlRendererExtension {

    static AnchorLabels create() {
        return new AnchorLabels();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return (node, part, attributes) -> {
                    if (node instanceof AnchorLink) {
                        attributes.addValue("aria-label", "Link to this section");
                    }
                };
            }
        });
    }
}
