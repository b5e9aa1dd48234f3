package dev.faqsite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code :::note} … {@code :::} block (Docusaurus syntax): a callout holding Markdown blocks, titled by its kind or
 * by the title written after it.
 */
final class Admonition extends Block {

    /** The kinds an author may write, and the title each has when the author gives none. */
    enum Kind {
        NOTE("Note"), TIP("Tip"), INFO("Info"), CAUTION("Caution"), DANGER("Danger"),
        /** Docusaurus's alias of caution, accepted so that content moved from Docusaurus keeps working. */
        WARNING("Warning");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        String cssName() {
            return this == WARNING ? "caution" : name().toLowerCase(Locale.ROOT);
        }

        /** The kinds to suggest: the alias is left out. */
        static List<String> names() {
            return Arrays.stream(values()).filter(k -> k != WARNING).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final Kind kind;
    private final String writtenKind;
    private boolean closed;

    /**
     * @param kind        what to render it as
     * @param writtenKind the kind as the author wrote it, to report one that is not known
     */
    Admonition(Kind kind, String writtenKind) {
        this.kind = kind;
        this.writtenKind = writtenKind;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the author wrote a kind this site knows. */
    boolean knownKind() {
        return kind.name().equalsIgnoreCase(writtenKind);
    }

    String writtenKind() {
        return writtenKind;
    }

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
