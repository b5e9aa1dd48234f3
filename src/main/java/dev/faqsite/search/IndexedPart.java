package dev.faqsite.search;

/**
 * What Pagefind reads of a page, cut out of it before it is sent: the {@code <html>} tag (its {@code lang} picks the
 * language) and the one element marked {@code data-pagefind-body}. A faqsite page is mostly navigation that Pagefind
 * skips anyway; sending only the answer makes indexing it about twice as fast. The cut is made only when it cannot
 * change the index: every {@code data-pagefind-*} attribute lies inside that element, and so do all of the page's
 * {@code <h1>} and {@code <img>} elements, from which Pagefind takes a page's default title and image. Any other page
 * (a site's own template that marks several parts, a page without a marked part) is sent whole.
 */
final class IndexedPart {

    private static final String BODY = "data-pagefind-body";
    private static final String ANY = "data-pagefind-";

    private IndexedPart() {
    }

    static String of(String html) {
        int marker = html.indexOf(BODY);
        if (marker < 0 || html.indexOf(BODY, marker + BODY.length()) >= 0) {
            return html;
        }
        int start = html.lastIndexOf('<', marker);
        int nameEnd = start < 0 ? -1 : nameEnd(html, start + 1);
        if (nameEnd <= start + 1) {
            return html;
        }
        String name = html.substring(start + 1, nameEnd);
        int end = elementEnd(html, name, nameEnd);
        int htmlTag = html.indexOf("<html");
        int htmlTagEnd = htmlTag < 0 ? -1 : html.indexOf('>', htmlTag);
        if (end < 0 || htmlTagEnd < 0 || htmlTagEnd > start
                || outside(html, ANY, start, end) || outside(html, "<h1", start, end) || outside(html, "<H1", start, end)
                || outside(html, "<img", start, end) || outside(html, "<IMG", start, end)
                || !inside(html, "<h1", start, end)) {
            return html;
        }
        return "<!DOCTYPE html>" + html.substring(htmlTag, htmlTagEnd + 1) + "<body>" + html.substring(start, end) + "</body></html>";
    }

    private static int nameEnd(String html, int from) {
        int i = from;
        while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Just after the element's end tag, counting elements of the same name nested in it; -1 when unbalanced. */
    private static int elementEnd(String html, String name, int from) {
        String open = "<" + name;
        String close = "</" + name + ">";
        int depth = 1;
        int at = from;
        while (depth > 0) {
            int nextClose = html.indexOf(close, at);
            if (nextClose < 0) {
                return -1;
            }
            int nextOpen = html.indexOf(open, at);
            while (nextOpen >= 0 && nextOpen < nextClose && Character.isLetterOrDigit(charAt(html, nextOpen + open.length()))) {
                nextOpen = html.indexOf(open, nextOpen + open.length()); // <articles> is not <article>
            }
            if (nextOpen >= 0 && nextOpen < nextClose) {
                depth++;
                at = nextOpen + open.length();
            } else {
                depth--;
                at = nextClose + close.length();
            }
        }
        return at;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    /** Whether {@code what} occurs before {@code start} or from {@code end} on; reads each part of the page once. */
    private static boolean outside(String html, String what, int start, int end) {
        return html.lastIndexOf(what, start - what.length()) >= 0 || html.indexOf(what, end) >= 0;
    }

    private static boolean inside(String html, String what, int start, int end) {
        int at = html.indexOf(what, start);
        return at >= 0 && at < end;
    }
}
