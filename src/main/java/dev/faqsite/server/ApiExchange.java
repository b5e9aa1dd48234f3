package dev.faqsite.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * What the checker's API handlers share: content negotiation, size limits, and answers that are never cached and
 * that say, in JSON, which field was wrong.
 */
final class ApiExchange {

    /** Request bodies larger than this are refused (413): a key and two small fields fit many times over. */
    static final int MAX_BODY = 4096;
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String EVENT_STREAM = "text/event-stream";

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** How the client wants the answer. */
    enum Mode {
        /** One Server-Sent Event per region, then a summary. */
        EVENTS,
        /** One JSON document. */
        JSON,
        /** A page of the site, for a form posted without JavaScript. */
        HTML
    }

    /** What an API does with a request that passed the checks every API shares. */
    @FunctionalInterface
    interface Post {
        void accept(String contentType, Mode mode, byte[] body);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ApiExchange.class);

    private ApiExchange() {
    }

    /**
     * Checks what every API request must be — a POST (else 405) from this site's pages, not another's (else 403), with
     * a JSON or form body in UTF-8 (else 415) of at most
     * {@link #MAX_BODY} bytes (else 413) — reads the body without blocking and hands it to {@code next}.
     *
     * @param path         the endpoint's path: anything below it is not found (404)
     * @param bodyOptional whether a POST without a body is fine too
     * @return true, as {@link org.eclipse.jetty.server.Handler#handle} wants: the request is always answered
     */
    static boolean post(Request request, Response response, Callback callback, String path, boolean bodyOptional, Post next) {
        boolean hasBody = RefusedBody.present(request);
        if (!Request.getPathInContext(request).equals(path)) {
            RefusedBody.thenAnswer(request, response,
                    () -> error(response, callback, 404, "not_found", "No such endpoint: the API is at " + path + ".", null));
            return true;
        }
        if (!request.getMethod().equals("POST")) {
            RefusedBody.thenAnswer(request, response, () -> methodNotAllowed(response, callback));
            return true;
        }
        if (CrossSite.refused(request)) {
            // another site's page must not spend a reader's credits or the checker's probes
            RefusedBody.thenAnswer(request, response, () -> error(response, callback, 403, "cross_site",
                    "The checker answers this site's own pages only.", null));
            return true;
        }
        String type = contentType(request);
        boolean utf8 = MediaTypes.utf8(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if ((hasBody || !bodyOptional) && (!type.equals(JSON) && !type.equals(FORM) || !utf8)) {
            RefusedBody.thenAnswer(request, response, () -> unsupportedType(response, callback));
            return true;
        }
        if (request.getLength() > MAX_BODY) {
            RefusedBody.thenAnswer(request, response, () -> tooLarge(response, callback));
            return true;
        }
        Mode mode = mode(request, type);
        Content.Source.asByteArrayAsync(request, MAX_BODY).whenComplete((body, failure) -> {
            if (failure != null) {
                // over the limit (a chunked body) or cut off: what is left of it is dropped, or the connection closed
                RefusedBody.thenAnswer(request, response, () -> tooLarge(response, callback));
                return;
            }
            try {
                next.accept(type, mode, body);
            } catch (RuntimeException e) {
                // never the request or the key: only what went wrong
                LOG.warn("{} failed: {}", Request.getPathInContext(request), e.toString());
                error(response, callback, 500, "internal_error", "The request failed on the server.", null);
            }
        });
        return true;
    }

    /** The media type of the request's body, lowercased, without parameters; empty when there is none. */
    static String contentType(Request request) {
        return MediaTypes.bare(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    }

    static Mode mode(Request request, String contentType) {
        String accept = Optional.ofNullable(request.getHeaders().get(HttpHeader.ACCEPT)).orElse("").toLowerCase(Locale.ROOT);
        if (accept.contains(EVENT_STREAM)) {
            return Mode.EVENTS;
        }
        return contentType.equals(FORM) && accept.contains("text/html") ? Mode.HTML : Mode.JSON;
    }

    /** Who is asking, for the per-client limits: the peer, or behind a trusted proxy the address it reports. */
    static String client(Request request, boolean trustProxy) {
        return ClientAddress.of(request, trustProxy);
    }

    /** Answers with its body never stored by browsers or proxies: results concern one reader's key. */
    static void noStore(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /**
     * A refusal sent before the body was read: the connection is closed after it, so that the client does not send its
     * next request on a connection the server is about to drop for the unread bytes.
     */
    static void json(Response response, Callback callback, int status, Object body) {
        Replies.json(response, callback, status, body);
    }

    /** An error answer: what kind, which field (when one is at fault, else null) and a sentence saying what to do. */
    static void error(Response response, Callback callback, int status, String error, String message, String field) {
        Replies.error(response, callback, status, error, field, message);
    }

    static void html(Response response, Callback callback, int status, String page) {
        Replies.html(response, callback, status, page);
    }

    static void methodNotAllowed(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.ALLOW, "POST");
        error(response, callback, 405, "method_not_allowed", "Use POST.", null);
    }

    static void unsupportedType(Response response, Callback callback) {
        response.getHeaders().put("Accept-Post", JSON + ", " + FORM);
        error(response, callback, 415, "unsupported_media_type", "Send the body as " + JSON + " or " + FORM + ", in UTF-8.", null);
    }

    static void tooLarge(Response response, Callback callback) {
        error(response, callback, 413, "body_too_large", "The request body is larger than " + MAX_BODY + " bytes.", null);
    }

    static void retryAfter(Response response, long seconds) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
    }
}
