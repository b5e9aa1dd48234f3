package dev.faqsite.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * The errors Jetty answers by itself, before any handler of the site runs — a malformed or ambiguous path (400), a URI
 * or headers too long (414, 431) — with the same security headers as every other answer, never cached, and without
 * the server's name, version or a stack trace.
 */
final class PlainErrors extends ErrorHandler {

    PlainErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setShowMessageInTitle(false);
        setCacheControl("no-store");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.put(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** Errors found while parsing a request, answered before there is a request: 414, 431, a bad request line. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.put(fields);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return super.badMessageError(status, reason, fields);
    }
}
