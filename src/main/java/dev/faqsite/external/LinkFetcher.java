package dev.faqsite.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Fetches one external link: follows redirects itself (to tell permanent ones from temporary ones), retries a 429
 * after its Retry-After and a 5xx after a growing backoff, and reads no more of a body than its first bytes.
 */
final class LinkFetcher {

    private final HttpClient client;
    private final ExternalSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;

    /** Waits between tries; a test may count the waits instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    LinkFetcher(HttpClient client, ExternalSettings settings, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static HttpClient client(ExternalSettings settings) {
        return HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    LinkStatus fetch(String url) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url.startsWith("//") ? "https:" + url : url);
        } catch (IllegalArgumentException e) {
            return status(LinkStatus.Kind.UNREACHABLE, 0, "", "not a valid URL");
        }
        boolean permanent = true;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Answer answer = withRetries(uri);
            if (answer.failure() != null) {
                return answer.failure();
            }
            int code = answer.status();
            Optional<String> location = answer.location();
            if (code >= 300 && code < 400 && location.isPresent()) {
                permanent &= code == 301 || code == 308;
                uri = uri.resolve(location.get());
                continue;
            }
            if (code >= 200 && code < 300) {
                return hop > 0 && permanent ? status(LinkStatus.Kind.MOVED, code, uri.toString(), "")
                        : status(LinkStatus.Kind.OK, code, "", "");
            }
            return status(LinkStatus.Kind.BROKEN, code, "", "HTTP " + code + answer.note());
        }
        return status(LinkStatus.Kind.UNREACHABLE, 0, "", "more than " + settings.maxRedirects() + " redirects");
    }

    /** One answer, or the failure that ended the tries. */
    private record Answer(int status, Optional<String> location, String note, LinkStatus failure) {
    }

    private Answer withRetries(URI uri) throws InterruptedException {
        Duration wait = settings.backoff();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = client.send(HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                        .header("User-Agent", "faqsite-link-check").header("Accept", "text/html,*/*;q=0.8").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                response.body().close(); // the status is enough: do not download the page
            } catch (HttpConnectTimeoutException e) {
                return failed(LinkStatus.Kind.TIMEOUT, "no connection within " + seconds(settings.timeout()));
            } catch (HttpTimeoutException e) {
                return failed(LinkStatus.Kind.TIMEOUT, "no answer within " + seconds(settings.timeout()));
            } catch (ConnectException e) {
                return failed(LinkStatus.Kind.UNREACHABLE, "connection refused");
            } catch (IOException e) {
                return failed(LinkStatus.Kind.UNREACHABLE, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            int code = response.statusCode();
            boolean retryable = code == 429 || code >= 500;
            if (!retryable || attempt >= settings.retries()) {
                String note = retryable && attempt > 0 ? " after " + (attempt + 1) + " tries" : "";
                return new Answer(code, response.headers().firstValue("Location"), note, null);
            }
            Optional<Duration> asked = retryAfter(response.headers().firstValue("Retry-After"));
            if (asked.isPresent() && asked.get().compareTo(settings.maxRetryAfter()) > 0) {
                return new Answer(code, Optional.empty(), " (asked to retry after " + seconds(asked.get()) + ", more than "
                        + seconds(settings.maxRetryAfter()) + ")", null);
            }
            Duration backoff = wait;
            Duration pause = asked.filter(a -> a.compareTo(backoff) > 0).orElse(backoff);
            sleeper.sleep(pause);
            wait = wait.multipliedBy(2);
        }
    }

    /** Retry-After as seconds or as an HTTP date; empty when absent or unreadable. */
    Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration left = Duration.between(clock.instant(), at);
                return Optional.of(left.isNegative() ? Duration.ZERO : left);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    private Answer failed(LinkStatus.Kind kind, String detail) {
        return new Answer(0, Optional.empty(), "", status(kind, 0, "", detail));
    }

    private LinkStatus status(LinkStatus.Kind kind, int code, String movedTo, String detail) {
        return new LinkStatus(kind, code, movedTo, detail, clock.instant());
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
