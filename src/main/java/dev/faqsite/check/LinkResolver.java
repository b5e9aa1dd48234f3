package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads every reference of a page — links, images, scripts, stylesheets — and sorts it: a file of this site to check,
 * an external URL to list, or something not to follow (mail, phone, the server's dynamic routes).
 */
final class LinkResolver {

    /** Served by the server, not files of the site. */
    private static final List<String> DYNAMIC = List.of("/api/", "/admin/");
    private static final Pattern FOLLOWED_REL = Pattern.compile("(?i).*(stylesheet|icon|preload|manifest).*");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern NOT_A_PAGE = Pattern.compile("(?i)^(mailto|tel|data):.*");
    /** A relative link to a Markdown file that the bake could not resolve: reported at its line when it was rendered. */
    private static final Pattern UNRESOLVED_MD = Pattern.compile("[^/#?:][^#?:]*\\.md(?:[#?].*)?");
    private static final String SEGMENT = "[A-Za-z0-9_~-][A-Za-z0-9._~-]*+";
    /**
     * A site path as the templates and Markdown write almost every link — {@code /faq/x/y/?q#frag} — with nothing to
     * decode or normalise: no dot segments, no escapes, no empty segments. It is its own file path; anything else goes
     * through {@link URI} resolution.
     */
    private static final Pattern PLAIN_SITE_PATH = Pattern.compile(
            "/(?:" + SEGMENT + "(?:/" + SEGMENT + ")*+/?)?(?:\\?[^#]*+)?(?:#[A-Za-z0-9._~:-]*+)?");

    private final String baseUrl;
    /** Site-absolute references resolve the same on every page: the navbar's and sidebar's links are resolved once. */
    private final Map<String, Optional<Target>> absolute = new ConcurrentHashMap<>();

    LinkResolver(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void collect(PageFacts page, Consumer<OutLink> internal, BiConsumer<String, Element> external, Consumer<Finding> findings) {
        for (Element element : page.all(ElementKind.REFERENCE)) {
            boolean link = element.normalName().equals("a");
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute).strip();
            if (element.normalName().equals("link") && !FOLLOWED_REL.matcher(element.attr("rel")).matches()) {
                if (!element.attr("rel").equalsIgnoreCase("canonical")) {
                    continue;
                }
                link = true;
            }
            LinkRule rule = link ? LinkRule.BROKEN_LINK : LinkRule.MISSING_FILE;
            resolve(page, value).ifPresentOrElse(target -> {
                if (target.isEmpty()) {
                    return;
                }
                internal.accept(new OutLink(rule, page, element, target.path(), target.fragment()));
            }, () -> {
                if (value.startsWith("http://") || value.startsWith("https://") || value.startsWith("//")
                        || value.regionMatches(true, 0, "mailto:", 0, 7)) {
                    external.accept(value, element);
                } else if (!NOT_A_PAGE.matcher(value).matches()) {
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
        if (reference.startsWith("/")) {
            return absolute.computeIfAbsent(reference, r -> resolve(page.page().url(), r));
        }
        if (UNRESOLVED_MD.matcher(reference).matches()) {
            return Optional.of(Target.NONE);
        }
        if (reference.startsWith("#")) {
            // a table of contents' links: the page's own path with the fragment, which resolves as a site path
            return resolve(page.page().url(), page.page().url() + reference);
        }
        return resolve(page.page().url(), reference);
    }

    private static Optional<Target> resolve(String pageUrl, String reference) {
        if (reference.startsWith("//") || SCHEME.matcher(reference).matches()) {
            return Optional.empty();
        }
        if (PLAIN_SITE_PATH.matcher(reference).matches()) {
            return Optional.of(target(path(reference), Objects.requireNonNullElse(fragment(reference), "")));
        }
        URI resolved;
        try {
            resolved = URI.create("http://site.invalid" + pageUrl).resolve(relative(reference)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(target(resolved.getPath(), resolved.getFragment() == null ? "" : resolved.getFragment()));
    }

    /**
     * The reference without its query, as a URI whose path and fragment decode as a browser's do: %-escapes are
     * decoded, and characters a URI cannot hold (a space in a hand-written link) are taken as written.
     */
    private static URI relative(String reference) throws URISyntaxException {
        String fragment = fragment(reference);
        try {
            return new URI(path(reference) + (fragment == null ? "" : "#" + fragment));
        } catch (URISyntaxException e) {
            return new URI(null, null, path(reference), fragment);
        }
    }

    /** The file a resolved site path is served from, e.g. {@code /faq/x/} from {@code faq/x/index.html}. */
    private static Target target(String path, String fragment) {
        if (DYNAMIC.stream().anyMatch(path::startsWith)) {
            return Target.NONE;
        }
        String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
        return new Target(file, fragment);
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
