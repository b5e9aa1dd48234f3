package dev.faqsite.check;

import dev.faqsite.model.CheckRule;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads every reference of a page — links, images, scripts, stylesheets — and sorts it: a file of this site to check,
 * an external URL to list, or something not to follow (mail, phone, the server's dynamic routes).
 */
final class LinkResolver {

    /** Served by the server, not files of the site. */
    private static final List<String> DYNAMIC = List.of("/api/", "/admin/");

    private final String baseUrl;

    LinkResolver(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void collect(PageFacts page, Consumer<OutLink> internal, Consumer<String> external, Consumer<Finding> findings) {
        for (Element element : page.document().select("a[href], link[href], img[src], script[src], source[src], iframe[src]")) {
            boolean link = element.normalName().equals("a");
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute).strip();
            if (element.normalName().equals("link") && !element.attr("rel").matches("(?i).*(stylesheet|icon|preload|manifest).*")) {
                if (!element.attr("rel").equalsIgnoreCase("canonical")) {
                    continue;
                }
                link = true;
            }
            CheckRule rule = link ? CheckRule.BROKEN_LINK : CheckRule.MISSING_FILE;
            resolve(page, value).ifPresentOrElse(target -> {
                if (target.isEmpty()) {
                    return;
                }
                internal.accept(new OutLink(rule, page, element, target.path(), target.fragment()));
            }, () -> {
                if (value.startsWith("http://") || value.startsWith("https://") || value.startsWith("//")) {
                    external.accept(value);
                } else if (!value.matches("(?i)^(mailto|tel|data):.*")) {
                    findings.accept(new Finding(rule, page, element, "cannot follow link '" + value + "'",
                            "write a site path (/faq/…), a relative path, or an absolute http(s) URL"));
                }
            });
        }
    }

    /** A target inside the site; {@link #isEmpty()} for targets not to check. */
    record Target(String path, String fragment) {
        static final Target NONE = new Target("", "");

        boolean isEmpty() {
            return path.isEmpty() && fragment.isEmpty();
        }
    }

    /** Empty for external and unfollowable references. */
    private Optional<Target> resolve(PageFacts page, String value) {
        String reference = value.startsWith(baseUrl + "/") ? value.substring(baseUrl.length()) : value;
        if (reference.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || reference.startsWith("//")) {
            return Optional.empty();
        }
        URI resolved;
        try {
            resolved = URI.create("http://site.invalid" + page.page().url()).resolve(new URI(null, null, path(reference), fragment(reference)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String path = resolved.getPath();
        if (DYNAMIC.stream().anyMatch(path::startsWith)) {
            return Optional.of(Target.NONE);
        }
        String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
        return Optional.of(new Target(file, resolved.getFragment() == null ? "" : resolved.getFragment()));
    }

    private static String path(String reference) {
        int cut = cut(reference);
        return cut < 0 ? reference : reference.substring(0, cut);
    }

    private static String fragment(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0 ? null : reference.substring(hash + 1);
    }

    private static int cut(String reference) {
        int hash = reference.indexOf('#');
        int query = reference.indexOf('?');
        return hash < 0 ? query : query < 0 ? hash : Math.min(hash, query);
    }
}
