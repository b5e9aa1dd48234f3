package dev.faqsite.simulator;

import java.net.URI;
import java.time.Duration;

/**
 * A failure a simulated region shows instead of its normal answer, until it is cleared.
 *
 * @param kind       which failure
 * @param status     the status answered by {@link Kind#STATUS}
 * @param retryAfter the wait announced by {@link Kind#RATE_LIMITED}
 * @param location   where {@link Kind#REDIRECT} points
 */
public record Fault(Kind kind, int status, Duration retryAfter, URI location) {

    /** The failures a region can show. */
    public enum Kind {
        /** Answers normally. */
        NONE,
        /** Accepts the request and never answers it. */
        TIMEOUT,
        /** Answers every request with a fixed status and a JSON error, e.g. 503 (or 400, 403, 550). */
        STATUS,
        /** Closes its port: connections are refused. */
        CONNECTION_REFUSED,
        /** Sends the status and headers at once, then the body a byte at a time, for minutes. */
        SLOW_BODY,
        /** Answers 429 with {@code Retry-After}. */
        RATE_LIMITED,
        /** Answers the normal status with an HTML body that echoes the key and carries markup. */
        UNEXPECTED_BODY,
        /** Answers 401 with the API's JSON error shape, its message echoing the key (as some servers do). */
        ECHOING_ERROR,
        /** Answers 302 to another address. */
        REDIRECT
    }

    public static Fault none() {
        return new Fault(Kind.NONE, 0, Duration.ZERO, null);
    }

    public static Fault timeout() {
        return new Fault(Kind.TIMEOUT, 0, Duration.ZERO, null);
    }

    /** A fixed answer such as 503 (a server error), 400, 403 or 550. */
    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, Duration.ZERO, null);
    }

    public static Fault connectionRefused() {
        return new Fault(Kind.CONNECTION_REFUSED, 0, Duration.ZERO, null);
    }

    public static Fault slowBody() {
        return new Fault(Kind.SLOW_BODY, 0, Duration.ZERO, null);
    }

    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, 429, retryAfter, null);
    }

    public static Fault unexpectedBody() {
        return new Fault(Kind.UNEXPECTED_BODY, 0, Duration.ZERO, null);
    }

    public static Fault echoingError() {
        return new Fault(Kind.ECHOING_ERROR, 401, Duration.ZERO, null);
    }

    public static Fault redirect(URI location) {
        return new Fault(Kind.REDIRECT, 302, Duration.ZERO, location);
    }
}
