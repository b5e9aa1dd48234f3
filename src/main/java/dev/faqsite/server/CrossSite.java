package dev.faqsite.server;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a browser says a request comes from another site, which must not vote, check keys or take demo keys in a
 * reader's name. {@code Sec-Fetch-Site} when the browser sends it; otherwise {@code Origin}, which every browser sends
 * with a cross-origin POST, compared with the host the request was sent to. A request with neither is not a browser's
 * cross-site request (curl, the CLI) and goes ahead.
 */
final class CrossSite {

    private CrossSite() {
    }

    static boolean refused(Request request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeaders().get("Origin");
        return origin != null && !sameHost(origin, request.getHttpURI());
    }

    /** {@code Origin: null} (a sandboxed frame, a file) or one that does not parse is another site too. */
    private static boolean sameHost(String origin, HttpURI target) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getHost() == null || target.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        if (!uri.getHost().toLowerCase(Locale.ROOT).equals(target.getHost().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int originPort = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        // a Host without a port was sent to the scheme's default port, which behind a TLS proxy is the origin's
        return target.getPort() < 0 || target.getPort() == originPort;
    }
}
