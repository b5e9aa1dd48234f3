package dev.faqsite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** The title an author wrote after {@code :::tip}; inline Markdown, the admonition's first child. */
final class AdmonitionTitle extends Block {

    AdmonitionTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
