package dev.faqsite.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the links of one line of a doc through a {@link LinkMapper}: Markdown links and images, reference definitions, HTML {@code src}/{@code href}; code spans are left alone. */
final class LinkRewriter {

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[\\s\\S]*?\\1");
    private static final Pattern INLINE = Pattern.compile("(\\]\\(\\s*<?)([^)\\s>]+)");
    /** A link reference definition; a footnote's ({@code [^1]: text}) is not one. */
    private static final Pattern REFERENCE = Pattern.compile("^(\\s{0,3}\\[(?!\\^)[^\\]]+]:\\s*<?)(\\S+?)(>?(?:\\s.*)?)$");
    private static final Pattern HTML = Pattern.compile("(\\b(?:src|href)=\")([^\"]*)(\")");

    private final LinkMapper mapper;
    private final DocSource doc;
    private final String newFile;

    LinkRewriter(LinkMapper mapper, DocSource doc, String newFile) {
        this.mapper = mapper;
        this.doc = doc;
        this.newFile = newFile;
    }

    String rewrite(String line, int number) {
        Matcher reference = REFERENCE.matcher(line);
        if (reference.matches()) {
            return reference.group(1) + mapper.map(doc, newFile, reference.group(2), number) + reference.group(3);
        }
        StringBuilder out = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(line);
        int from = 0;
        while (code.find()) {
            out.append(outsideCode(line.substring(from, code.start()), number)).append(code.group());
            from = code.end();
        }
        return out.append(outsideCode(line.substring(from), number)).toString();
    }

    private String outsideCode(String text, int number) {
        String links = replace(INLINE.matcher(text), number, false);
        return replace(HTML.matcher(links), number, true);
    }

    private String replace(Matcher m, int number, boolean closingQuote) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String mapped = mapper.map(doc, newFile, m.group(2), number, closingQuote);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + mapped + (closingQuote ? m.group(3) : "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
