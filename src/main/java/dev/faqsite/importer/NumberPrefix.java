package dev.faqsite.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus's number prefixes: {@code 01-intro.md} is the doc {@code intro} at position 1. Names that only look like
 * a prefix — a date such as {@code 2024-05-01-release} or a version such as {@code 1.2.3-notes} — keep their number,
 * as in Docusaurus.
 *
 * @param name   the name without its prefix
 * @param number the prefix's number, when there was one
 */
record NumberPrefix(String name, Optional<Integer> number) {

    private static final Pattern PREFIX = Pattern.compile("^(\\d+)\\s*[-_.]+\\s*([^-_.\\s].*)$");
    private static final Pattern NOT_A_PREFIX = Pattern.compile("^\\d+[-_.]\\d+[-_.]\\d+(?:$|[-_.\\s])");

    static NumberPrefix of(String name) {
        Matcher m = PREFIX.matcher(name);
        if (!m.matches() || NOT_A_PREFIX.matcher(name).find()) {
            return new NumberPrefix(name, Optional.empty());
        }
        try {
            return new NumberPrefix(m.group(2), Optional.of(Integer.parseInt(m.group(1))));
        } catch (NumberFormatException tooLong) {
            return new NumberPrefix(m.group(2), Optional.empty());
        }
    }

    /** Every segment of a {@code /}-separated path without its prefix. */
    static String stripPath(String path) {
        if (path.isEmpty() || path.equals(".")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            out.append(out.length() == 0 ? "" : "/").append(of(segment).name());
        }
        return out.toString();
    }
}
