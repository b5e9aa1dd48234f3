package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.RedirectFrom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code redirect_from:} — a page's old URLs, each an absolute site path — with the line of every entry. */
final class RedirectFromReader {

    static final String KEY = "redirect_from";
    // a site path: no scheme or host, no query or fragment (a static host redirects paths), no spaces, no '..'
    private static final Pattern PATH = Pattern.compile("/(?:[^\\s?#/]+/?)*");

    private RedirectFromReader() {
    }

    static List<RedirectFrom> read(YamlFields fields, List<Problem> problems) {
        List<RedirectFrom> out = new ArrayList<>();
        for (Map.Entry<String, SourceRef> entry : fields.stringsAt(KEY)) {
            String path = entry.getKey().strip();
            if (!PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..") || path.contains("/./")) {
                problems.add(Problem.error(entry.getValue(), "redirect_from entry '" + path + "' is not a path of this site",
                        "write the old URL's path, starting with '/' and without host, '?' or '#', e.g. /docs/billing/refunds"));
            } else {
                out.add(new RedirectFrom(path, entry.getValue()));
            }
        }
        return out;
    }
}
