package dev.faqsite.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code :::note} … {@code :::} block (Docusaurus syntax): a callout holding Markdown blocks, titled by its kind or
 * by the title written after it.
 */
final class Admonition extends FencedBlock {

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

    /**
     * @param kind        what to render it as
     * @param writtenKind the kind as the author wrote it, for messages
     */
    Admonition(Kind kind, String writtenKind) {
        this.kind = kind;
        this.writtenKind = writtenKind;
    }

    Kind kind() {
        return kind;
    }

    String writtenKind() {
        return writtenKind;
    }
}
