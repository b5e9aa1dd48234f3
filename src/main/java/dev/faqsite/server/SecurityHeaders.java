package dev.faqsite.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.regex.Pattern;

/**
 * Adds the headers every response carries: a strict Content-Security-Policy (scripts only from files of this site,
 * never inline, never framed), no MIME sniffing, no referrer. No CORS headers: the APIs serve this origin only.
 * {@code 'wasm-unsafe-eval'} lets the search engine (Pagefind, WebAssembly loaded from this site) compile its module;
 * it allows no JavaScript eval and no inline script.
 */
final class SecurityHeaders extends Handler.Wrapper {

    static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Pattern HASHED_INDEX_FILE = Pattern.compile(".*\\.pf_(fragment|index|meta)");

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        put(headers);
        String path = Request.getPathInContext(request);
        headers.put("Cache-Control", immutable(path) ? "public, max-age=31536000, immutable" : "no-cache");
        return super.handle(request, response, callback);
    }

    /** The headers every answer carries, including the errors Jetty writes itself ({@link PlainErrors}). */
    static void put(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
    }

    /** Fingerprinted assets, and the search index's files, whose names are hashes of their content. */
    private static boolean immutable(String path) {
        return path.startsWith("/assets/") || path.startsWith("/pagefind/") && HASHED_INDEX_FILE.matcher(path).matches();
    }
}
