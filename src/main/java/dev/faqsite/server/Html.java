package dev.faqsite.server;

/**
 * Escapes text for HTML written by hand in this package (the dashboard, error pages). Every value that did not come
 * from this code — titles, comments, URLs — goes through {@link #escape} on its way into a page, in text and
 * attribute values alike.
 */
final class Html {

    private Html() {
    }

    /** Safe in element text and in double- or single-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null && Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                replacement = "\uFFFD"; // control characters are not allowed in HTML text
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
