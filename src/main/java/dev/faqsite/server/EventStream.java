package dev.faqsite.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * A Server-Sent Events answer written without blocking: events from any thread are queued and written one after the
 * other, each flushed at once, and the last one completes the exchange. If the client goes away, the remaining
 * events are dropped and the exchange fails quietly.
 */
final class EventStream {

    private final Response response;
    private final Callback done;
    private final OpenStreams streams;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private CompletableFuture<Void> tail = opened;
    private boolean finished;

    /** A stream whose events wait until it is {@link #open opened}: the answer may still turn out to be an error. */
    EventStream(Response response, Callback done, OpenStreams streams) {
        this.response = response;
        this.done = done;
        this.streams = streams;
    }

    /** Sends the status and headers, with a comment so that clients see the stream has begun, then the events. */
    void open(String comment) {
        streams.opened(this);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiExchange.EVENT_STREAM + "; charset=utf-8");
        ApiExchange.noStore(response);
        // proxies such as nginx would otherwise hold the events back until the end
        response.getHeaders().put("X-Accel-Buffering", "no");
        ByteBuffer bytes = ByteBuffer.wrap((": " + comment + "\n\n").getBytes(StandardCharsets.UTF_8));
        response.write(false, bytes, Callback.from(() -> opened.complete(null), opened::completeExceptionally));
    }

    synchronized void send(String event, Object data) {
        if (!finished) {
            enqueue(false, frame(event, data));
        }
    }

    /** Sends the last event and ends the answer; after a shutdown ended it, a late summary is dropped. */
    synchronized void finish(String event, Object data) {
        if (finished) {
            return;
        }
        finished = true;
        streams.closed(this);
        enqueue(true, frame(event, data));
        tail.whenComplete((v, failure) -> {
            if (failure == null) {
                done.succeeded();
            } else {
                done.failed(failure);
            }
        });
    }

    private void enqueue(boolean last, String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        tail = tail.thenCompose(v -> {
            CompletableFuture<Void> written = new CompletableFuture<>();
            response.write(last, bytes, Callback.from(() -> written.complete(null), written::completeExceptionally));
            return written;
        });
    }

    private static String frame(String event, Object data) {
        try {
            // JSON on one line: no newline can end the data field early
            return "event: " + event + "\ndata: " + ApiExchange.MAPPER.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event as JSON", e);
        }
    }
}
