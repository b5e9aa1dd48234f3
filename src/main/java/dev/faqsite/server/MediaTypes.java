package dev.faqsite.server;

import java.util.Locale;

/**
 * Reads a request's {@code Content-Type}: the media type, and whether its charset (if it names one) is UTF-8. Every
 * API reads its body as UTF-8, so a body declared in another charset is refused (415) rather than misread.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The media type, lowercased, without parameters; empty when there is none. */
    static String bare(String header) {
        return header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the body is UTF-8 as far as the header says: no charset parameter, or {@code utf-8}. */
    static boolean utf8(String header) {
        if (header == null) {
            return true;
        }
        String[] parts = header.toLowerCase(Locale.ROOT).split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").strip().equals("utf-8")) {
                return false;
            }
        }
        return true;
    }
}
