package dev.faqsite.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key checker's page as the site built it, with parts replaced for a reader without JavaScript: the template marks
 * them with comments such as {@code <!--kc:verdict-->…<!--/kc:verdict-->}. Read from the built site on each use, so a
 * rebuild is picked up at once.
 */
final class ResultPage {

    static final String PAGE = "tools/key-check/index.html";

    private final Path siteRoot;
    private final Map<String, String> parts = new LinkedHashMap<>();
    private final Map<String, String> outcomes = new LinkedHashMap<>();
    private String verdictKind = "";

    ResultPage(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** Replaces the part marked {@code <!--kc:name-->…<!--/kc:name-->} (or the lone marker {@code <!--kc:name-->}). */
    ResultPage with(String name, String html) {
        parts.put(name, html);
        return this;
    }

    /** Sets a region's row's {@code data-outcome}, which styles the row. */
    ResultPage outcome(String region, String outcome) {
        outcomes.put(region, outcome);
        return this;
    }

    /** Sets the verdict container's {@code data-kind}, which styles the banner. */
    ResultPage verdictKind(String kind) {
        this.verdictKind = kind;
        return this;
    }

    String render() {
        String page;
        try {
            page = Files.readString(siteRoot.resolve(PAGE));
        } catch (IOException e) {
            // the site was built without the checker's page: still answer something readable
            page = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Key check</title><h1>Key check</h1>"
                    + "<!--kc:notice--><!--kc:verdict--><!--kc:advice-->"
                    + "<p><a href=\"/\">Back to the site</a></p></html>";
        }
        for (Map.Entry<String, String> part : parts.entrySet()) {
            page = replace(page, part.getKey(), part.getValue());
        }
        for (Map.Entry<String, String> row : outcomes.entrySet()) {
            String region = "data-region=\"" + Html.escape(row.getKey()) + "\" data-outcome=\"";
            page = page.replace(region + "none\"", region + Html.escape(row.getValue()) + "\"");
        }
        if (!verdictKind.isEmpty()) {
            page = page.replace("data-kind=\"none\"", "data-kind=\"" + Html.escape(verdictKind) + "\"");
        }
        return page;
    }

    private static String replace(String page, String name, String html) {
        String open = "<!--kc:" + name + "-->";
        String close = "<!--/kc:" + name + "-->";
        int start = page.indexOf(open);
        if (start < 0) {
            return page;
        }
        int end = page.indexOf(close, start);
        int after = end < 0 ? start + open.length() : end + close.length();
        return page.substring(0, start) + html + page.substring(after);
    }
}
