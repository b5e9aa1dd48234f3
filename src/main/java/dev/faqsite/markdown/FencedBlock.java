package dev.faqsite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A block opened by a line of colons and closed by one: an admonition or a component (a leaf is closed at once). */
abstract class FencedBlock extends Block {

    private boolean closed;

    boolean closed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
