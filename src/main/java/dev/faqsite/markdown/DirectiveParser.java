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
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the directive syntax: {@code :::name[label]{attributes}} … {@code :::} as a container of Markdown blocks
 * (an admonition when the name is an admonition's kind and that extension is on, a {@link Directive} otherwise) and
 * {@code ::name[label]{attributes}} alone on its line as a leaf. Admonitions keep Docusaurus's title after the kind
 * ({@code :::tip Title}). A closing line of colons closes the innermost open container whose opening had no more
 * colons, so containers nest the Docusaurus way (the outer one with more colons); a line of colons inside a fenced
 * code block is code, not a closing line.
 */
final class DirectiveParser extends AbstractBlockParser {

    /** Whether {@code :::note} and its siblings are admonitions (the {@code admonitions} extension). */
    static final DataKey<Boolean> ADMONITIONS = new DataKey<>("FAQSITE_ADMONITIONS", false);

    private static final Pattern CONTAINER = Pattern.compile("^(:{3,})\\s*([A-Za-z][\\w-]*)");
    private static final Pattern LEAF = Pattern.compile("^::([A-Za-z][\\w-]*)");
    private static final Pattern CLOSING = Pattern.compile("^(:{3,})\\s*$");

    private final FencedBlock block;
    private final int fence;
    private final BasedSequence opening;
    private int end;

    private DirectiveParser(FencedBlock block, int fence, BasedSequence opening) {
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
        return fence > 0;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return fence > 0;
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

    /** Whether a block open inside this one owns the closing line: code, or a container it closes. */
    private boolean innerBlockTakes(ParserState state, int colons) {
        List<BlockParser> active = state.getActiveBlockParsers();
        for (int i = active.indexOf(this) + 1; i < active.size(); i++) {
            BlockParser inner = active.get(i);
            if (inner.isClosed()) {
                continue;
            }
            if (inner.getBlock() instanceof FencedCodeBlock
                    || inner instanceof DirectiveParser nested && nested.fence > 0 && nested.fence <= colons && !nested.block.closed()) {
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

        private final boolean admonitions;

        Starter(DataHolder options) {
            super(options);
            admonitions = ADMONITIONS.get(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(start);
            int col = start + 1;
            Matcher container = CONTAINER.matcher(rest);
            if (container.find()) {
                return container(state, rest, container, col);
            }
            Matcher leaf = LEAF.matcher(rest);
            if (leaf.find()) {
                return leaf(state, rest, leaf, col);
            }
            return BlockStart.none();
        }

        private BlockStart container(ParserState state, BasedSequence rest, Matcher m, int col) {
            String name = m.group(2);
            int at = m.end();
            Admonition.Kind kind = admonitions ? kind(name) : null;
            if (kind != null && (at >= rest.length() || rest.charAt(at) != '{')) {
                // ":::tip", ":::tip Title", ":::tip[Title]" (Docusaurus 3)
                Admonition block = new Admonition(kind, name);
                BasedSequence title = rest.subSequence(at).trim();
                if (title.startsWith("[") && title.endsWith("]")) {
                    title = title.subSequence(1, title.length() - 1).trim();
                }
                if (!title.isBlank()) {
                    block.appendChild(new AdmonitionTitle(title));
                }
                return BlockStart.of(new DirectiveParser(block, m.group(1).length(), state.getLineWithEOL())).atIndex(state.getLineEndIndex());
            }
            Opening opening = Opening.read(rest, at, col);
            // ":::tab Python": the text after the name is the label, as an admonition's title
            String label = opening.label().isEmpty() && opening.attributes().values().isEmpty() ? opening.rest().strip() : opening.label();
            Directive block = new Directive(name, label, opening.attributes(), opening.problems(), false, col);
            return BlockStart.of(new DirectiveParser(block, m.group(1).length(), state.getLineWithEOL())).atIndex(state.getLineEndIndex());
        }

        private BlockStart leaf(ParserState state, BasedSequence rest, Matcher m, int col) {
            Opening opening = Opening.read(rest, m.end(), col);
            if (!opening.rest().isBlank()) {
                return BlockStart.none(); // "::name text" is prose, not a component
            }
            Directive block = new Directive(m.group(1), opening.label(), opening.attributes(), opening.problems(), true, col);
            return BlockStart.of(new DirectiveParser(block, 0, state.getLineWithEOL())).atIndex(state.getLineEndIndex());
        }

        private static Admonition.Kind kind(String name) {
            try {
                return Admonition.Kind.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** What follows a directive's name: {@code [label]}, {@code {attributes}}, and any text after them. */
    private record Opening(String label, Attributes attributes, List<Attributes.Problem> problems, String rest) {

        static Opening read(BasedSequence line, int at, int col) {
            String label = "";
            int i = at;
            if (i < line.length() && line.charAt(i) == '[') {
                int close = line.indexOf(']', i);
                if (close > i) {
                    label = line.subSequence(i + 1, close).toString().strip();
                    i = close + 1;
                }
            }
            if (i < line.length() && line.charAt(i) == '{') {
                Attributes.Parse parsed = Attributes.parse(line, i, col);
                return new Opening(label, parsed.attributes(), parsed.problems(), line.subSequence(parsed.end()).toString());
            }
            return new Opening(label, Attributes.NONE, List.of(), line.subSequence(i).toString());
        }
    }
}
