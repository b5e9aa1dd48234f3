package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code :::kind [title]} … {@code :::} as a container of Markdown blocks. A closing line of colons closes the
 * innermost open admonition whose opening had no more colons, so admonitions nest the Docusaurus way (the outer one
 * with more colons); a line of colons inside a fenced code block is code, not a closing line.
 */
final class AdmonitionParser extends AbstractBlockParser {

    // ":::tip", ":::tip Title", ":::tip[Title]" (Docusaurus 3), with three or more colons
    private static final Pattern OPENING = Pattern.compile("^(:{3,})\\s*([A-Za-z][\\w-]*)\\s*(?:\\[(.*)]|(.*))$");
    private static final Pattern CLOSING = Pattern.compile("^(:{3,})\\s*$");

    private final Admonition block;
    private final int fence;
    private final BasedSequence opening;
    private int end;

    private AdmonitionParser(Admonition block, int fence, BasedSequence opening) {
        this.block = block;
        this.fence = fence;
        this.opening = opening;
        this.end = opening.getEndOffset();
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed()) {
            return BlockContinue.none();
        }
        end = state.getLineWithEOL().getEndOffset();
        Matcher closing = state.getIndent() < 4
                ? CLOSING.matcher(state.getLine().subSequence(state.getNextNonSpaceIndex()))
                : null;
        if (closing == null || !closing.matches() || closing.group(1).length() < fence || innerBlockTakes(state, closing.group(1).length())) {
            return BlockContinue.atIndex(state.getIndex());
        }
        block.markClosed();
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    /** Whether a block open inside this one owns the closing line: code, or an admonition it closes. */
    private boolean innerBlockTakes(ParserState state, int colons) {
        List<BlockParser> active = state.getActiveBlockParsers();
        for (int i = active.indexOf(this) + 1; i < active.size(); i++) {
            BlockParser inner = active.get(i);
            if (inner.isClosed()) {
                continue;
            }
            if (inner.getBlock() instanceof FencedCodeBlock || inner instanceof AdmonitionParser nested && nested.fence <= colons && !nested.block.closed()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setChars(opening.baseSubSequence(opening.getStartOffset(), Math.max(end, opening.getEndOffset())));
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (block.getFirstChild() instanceof AdmonitionTitle title) {
            inlineParser.parse(title.getChars(), title);
        }
    }

    static final class Factory implements CustomBlockParserFactory {

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new Starter(options);
        }
    }

    private static final class Starter extends AbstractBlockParserFactory {

        Starter(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex());
            Matcher m = OPENING.matcher(rest);
            if (!m.matches()) {
                return BlockStart.none();
            }
            String written = m.group(2);
            Admonition.Kind kind;
            try {
                kind = Admonition.Kind.valueOf(written.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                kind = Admonition.Kind.NOTE; // reported as a finding; rendered as a note meanwhile
            }
            Admonition block = new Admonition(kind, written);
            int titleGroup = m.group(3) != null ? 3 : 4;
            BasedSequence title = rest.subSequence(m.start(titleGroup), m.end(titleGroup)).trim();
            if (!title.isBlank()) {
                block.appendChild(new AdmonitionTitle(title));
            }
            return BlockStart.of(new AdmonitionParser(block, m.group(1).length(), state.getLineWithEOL()))
                    .atIndex(state.getLineEndIndex());
        }
    }
}
