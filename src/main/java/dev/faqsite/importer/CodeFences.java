package dev.faqsite.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fenced code, kept as code: JSX or {@code import} lines inside a fence stay as they are. The fence's Docusaurus
 * options come along in its info string — {@code title="…"} (shown by faqsite), {@code showLineNumbers} and
 * {@code {1,3-5}} (kept, reported: faqsite neither numbers nor highlights lines yet) — and the magic comments
 * ({@code // highlight-next-line} …) are removed, as Docusaurus removes them.
 */
final class CodeFences {

    private static final Pattern OPEN = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^\\s{]*)(.*)$");
    private static final Pattern LINE_NUMBERS = Pattern.compile("\\bshowLineNumbers\\b");
    private static final Pattern LIVE = Pattern.compile("(?:^|\\s)live(?:\\s|$)");
    private static final Pattern HIGHLIGHT = Pattern.compile("\\{[\\d,\\s-]+}");
    private static final Pattern MAGIC = Pattern.compile(
            "^\\s*(?://|#|<!--|/\\*|--|;|%)\\s*(?:highlight-next-line|highlight-start|highlight-end|this-line-is-highlighted)\\s*(?:-->|\\*/)?\\s*$");

    private final DocSource doc;
    private final List<ImportNote> notes;
    private String fence;
    private boolean magicReported;

    CodeFences(DocSource doc, List<ImportNote> notes) {
        this.doc = doc;
        this.notes = notes;
    }

    boolean inside() {
        return fence != null;
    }

    /** The line as it goes into the page; empty for a line that is left out. */
    Optional<String> line(String text, int number) {
        Matcher m = OPEN.matcher(text);
        if (fence == null && m.matches()) {
            fence = m.group(2);
            magicReported = false;
            return Optional.of(open(m, number));
        }
        if (fence != null && m.matches() && m.group(2).charAt(0) == fence.charAt(0) && m.group(2).length() >= fence.length()
                && m.group(3).isEmpty() && m.group(4).isBlank()) {
            fence = null;
            return Optional.of(text);
        }
        if (MAGIC.matcher(text).matches()) {
            if (!magicReported) {
                notes.add(ImportNote.warning(doc.file(), number, "line-highlighting comment " + text.strip(),
                        "removed: faqsite does not highlight lines yet"));
                magicReported = true;
            }
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private String open(Matcher m, int number) {
        String options = m.group(4).strip();
        Matcher highlight = HIGHLIGHT.matcher(options);
        if (highlight.find()) {
            notes.add(ImportNote.warning(doc.file(), number, "line highlighting " + highlight.group().replace(" ", ""),
                    "kept in the code fence; faqsite does not highlight lines yet"));
        }
        if (LINE_NUMBERS.matcher(options).find()) {
            notes.add(ImportNote.warning(doc.file(), number, "showLineNumbers", "kept in the code fence; faqsite does not number lines yet"));
        }
        if (LIVE.matcher(options).find()) {
            notes.add(ImportNote.warning(doc.file(), number, "live code block", "shown as a static code block"));
        }
        String info = (m.group(3) + " " + options).strip();
        return m.group(1) + m.group(2) + info;
    }
}
