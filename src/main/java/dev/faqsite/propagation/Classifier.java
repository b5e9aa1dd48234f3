package dev.faqsite.propagation;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Decides what a region's answer means for the key (see the table in {@code api-facts.md}): the status code decides;
 * the body only adds a note. Anything that is not an answer from the API — a server error, a timeout, a failed
 * connection — makes the region unreachable, never "not propagated".
 */
public final class Classifier {

    /** The longest wait a region's {@code Retry-After} can impose on us; longer values are taken as this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private Classifier() {
    }

    /**
     * @param status     the HTTP status of the answer
     * @param retryAfter the answer's {@code Retry-After} header, if any
     * @param body       the first bytes of the answer
     * @param now        to turn an HTTP-date {@code Retry-After} into a wait
     */
    public static Classification answer(int status, Optional<String> retryAfter, UpstreamBody body, Instant now) {
        Classification base = byStatus(status, retryAfter, now);
        boolean unexpectedBody = !body.isEmpty() && !body.isJson() && base.outcome() != Outcome.UNREACHABLE;
        if (!unexpectedBody) {
            return base;
        }
        String warning = "The answer was not the API's JSON: a proxy or captive portal may be in the way.";
        return new Classification(base.outcome(), base.note().isEmpty() ? warning : base.note() + " " + warning, base.retryAfter());
    }

    private static Classification byStatus(int status, Optional<String> retryAfter, Instant now) {
        if (status >= 200 && status < 300) {
            return Classification.of(Outcome.ACCEPTED, "");
        }
        return switch (status) {
            case 401 -> Classification.of(Outcome.NOT_YET, "This region does not know the key yet.");
            case 403 -> Classification.of(Outcome.ACCEPTED,
                    "The key is known; its plan does not include the endpoint the check uses (HTTP 403).");
            case 550 -> Classification.of(Outcome.ACCEPTED, "The key is known; the region had no data for the check's request (HTTP 550).");
            case 429 -> new Classification(Outcome.RATE_LIMITED, "The key is known but over its rate limit (HTTP 429).",
                    retryAfter.flatMap(value -> retryAfter(value, now)));
            case 400 -> Classification.of(Outcome.PROBE_ERROR,
                    "The region called the check's request malformed (HTTP 400): a problem of this checker, not of your key.");
            case 408 -> Classification.of(Outcome.UNREACHABLE, "The region timed out reading the request (HTTP 408).");
            default -> other(status);
        };
    }

    private static Classification other(int status) {
        if (status >= 500) {
            return Classification.of(Outcome.UNREACHABLE, "The region had a server error (HTTP " + status + "); this says nothing about the key.");
        }
        if (status >= 300 && status < 400) {
            return Classification.of(Outcome.PROBE_ERROR, "The region redirected the check elsewhere (HTTP " + status
                    + "); redirects are not followed, so the region's address in the checker's config may be wrong.");
        }
        return Classification.of(Outcome.PROBE_ERROR, "Unexpected answer to the check's request (HTTP " + status
                + "): a problem of this checker, not of your key.");
    }

    /**
     * A probe that got no answer.
     *
     * @param failure  what the HTTP client reported
     * @param timedOut  whether the probe was stopped because its total time was up
     * @param answering whether the region had begun to answer (sent its status and headers)
     * @param total     the probe's total time limit, to say how long we waited
     */
    public static Classification failure(Throwable failure, boolean timedOut, boolean answering, Duration total) {
        Throwable cause = unwrap(failure);
        String seconds = seconds(total);
        String note;
        if (answering && (timedOut || cause instanceof CancellationException || cause instanceof HttpTimeoutException)) {
            note = "The answer did not complete within " + seconds + " (timeout while reading it).";
        } else if (timedOut || cause instanceof CancellationException) {
            note = "No answer within " + seconds + " (timeout).";
        } else if (cause instanceof HttpConnectTimeoutException) {
            note = "Could not connect in time (connect timeout).";
        } else if (cause instanceof HttpTimeoutException) {
            note = "No answer within " + seconds + " (timeout).";
        } else if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            note = "The region's host name could not be resolved (DNS error).";
        } else if (cause instanceof SSLException) {
            note = "The secure connection to the region failed (TLS error).";
        } else if (cause instanceof ConnectException) {
            note = "The region refused the connection.";
        } else {
            note = "The connection to the region failed (" + cause.getClass().getSimpleName() + ").";
        }
        return Classification.of(Outcome.UNREACHABLE, note);
    }

    /** {@code Retry-After} as delta-seconds or an HTTP-date; empty when it is neither. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        Duration wait;
        if (text.matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(text));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        // the JDK wraps a failed connection in a ConnectException or a plain IOException: the innermost cause says
        // which (a host that does not resolve arrives as ConnectException <- UnresolvedAddressException)
        for (Throwable inner = t.getCause(); inner != null && inner != t; inner = inner.getCause()) {
            if (inner instanceof UnresolvedAddressException || inner instanceof UnknownHostException || inner instanceof SSLException) {
                return inner;
            }
        }
        if (t.getClass() == java.io.IOException.class && t.getCause() instanceof ConnectException inner) {
            return inner;
        }
        return t;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
