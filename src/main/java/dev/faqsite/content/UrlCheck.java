package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.KeyCheckConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the URLs of the key checker's regions. A region's base URL names exactly a scheme, a host and optionally a
 * port and path prefix; its probe path can only add a path and a query below it, never another host.
 */
final class UrlCheck {

    /** A validated base URL, without a trailing slash. */
    record Base(URI uri) {
    }

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");

    private UrlCheck() {
    }

    static boolean isHttpUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && VISIBLE_ASCII.matcher(text).matches();
    }

    static Optional<Base> base(String text, SourceRef at, List<Problem> problems) {
        String hint = "write the scheme and host only, e.g. https://api-emea.coinapi.io";
        if (!isHttpUrl(text)) {
            problems.add(Problem.error(at, "'base_url' must be an http(s) URL, got '" + printable(text) + "'", hint));
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add(Problem.error(at, "'base_url' is not a valid URL: " + e.getReason(), hint));
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            problems.add(Problem.error(at, "'base_url' must name a host and nothing before it, got '" + text + "'", hint));
            return Optional.empty();
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add(Problem.error(at, "'base_url' must not have a query or fragment, got '" + text + "'",
                    "put the query in 'probe_path'"));
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(new Base(URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path)));
    }

    /** @return whether {@code path} is a path with an optional query that cannot leave the base URL's host */
    static boolean probePath(String path, SourceRef at, List<Problem> problems) {
        String hint = "write a path and query such as " + KeyCheckConfig.DEFAULT_PROBE_PATH;
        if (!path.startsWith("/") || path.startsWith("//") || !VISIBLE_ASCII.matcher(path).matches() || path.contains("#")
                || path.contains("\\")) {
            problems.add(Problem.error(at, "'probe_path' must be a path starting with a single '/', without spaces or '#', got '"
                    + printable(path) + "'", hint));
            return false;
        }
        URI uri;
        try {
            uri = new URI("http://region.invalid" + path);
        } catch (URISyntaxException e) {
            problems.add(Problem.error(at, "'probe_path' is not a valid path: " + e.getReason(), hint));
            return false;
        }
        if (!"region.invalid".equals(uri.getHost())) {
            problems.add(Problem.error(at, "'probe_path' must not change the host, got '" + path + "'", hint));
            return false;
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.equals("apikey") || name.equals("api_key") || name.equals("key")) {
                problems.add(Problem.error(at, "'probe_path' must not carry a key: keys in URLs end up in logs and histories",
                        "the checker sends the key in 'key_header'"));
                return false;
            }
        }
        return true;
    }

    private static String printable(String text) {
        return text.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
