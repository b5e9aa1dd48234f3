package dev.faqsite.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Gets the body of a refused request out of the way before the answer goes out. A client is often still sending when
 * the server has decided (a 413, a 415): closing the connection on unread bytes resets it, and the client may then
 * lose the answer it was sent. So a small body is read and dropped and the connection stays open; a big one (more than
 * {@link #LIMIT} bytes) is not read at all: the answer says {@code Connection: close}.
 */
final class RefusedBody implements Runnable {

    /** The most a refused request's body is read, in bytes. */
    static final long LIMIT = 64 * 1024;

    private final Request request;
    private final Response response;
    private final Runnable answer;
    private long left = LIMIT;

    private RefusedBody(Request request, Response response, Runnable answer) {
        this.request = request;
        this.response = response;
        this.answer = answer;
    }

    /** Whether a request carries a body: a bare POST (curl -X POST) has no Content-Length, and none unless chunked. */
    static boolean present(Request request) {
        return request.getLength() > 0 || request.getLength() < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    /** Runs {@code answer} once the body of the request, if any, is read and dropped, or marked not to be read. */
    static void thenAnswer(Request request, Response response, Runnable answer) {
        if (!present(request)) {
            answer.run();
        } else if (request.getLength() > LIMIT) {
            closeAndAnswer(response, answer);
        } else {
            new RefusedBody(request, response, answer).run();
        }
    }

    /** Reads what has arrived, then asks to be called again when more does. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            boolean failed = Content.Chunk.isFailure(chunk);
            boolean last = chunk.isLast();
            left -= chunk.remaining();
            chunk.release();
            if (failed || left < 0) {
                closeAndAnswer(response, answer);
                return;
            }
            if (last) {
                answer.run();
                return;
            }
        }
    }

    private static void closeAndAnswer(Response response, Runnable answer) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        answer.run();
    }
}
