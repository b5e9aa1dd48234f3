package dev.faqsite.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes the API's answers: JSON (or a small HTML page) that no cache keeps. */
final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every error of the API: what kind, which field (when one is at fault) and a sentence saying what to do. */
    record ApiError(String error, String field, String message) {
    }

    private Replies() {
    }

    static void json(Response response, Callback callback, int status, Object body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            callback.failed(e);
            return;
        }
        write(response, callback, status, "application/json", bytes);
    }

    static void error(Response response, Callback callback, int status, String error, String field, String message) {
        json(response, callback, status, new ApiError(error, field, message));
    }

    static void html(Response response, Callback callback, int status, String html) {
        write(response, callback, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
