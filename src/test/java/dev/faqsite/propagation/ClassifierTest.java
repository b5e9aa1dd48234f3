package dev.faqsite.propagation;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifierTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final UpstreamBody JSON_ERROR = UpstreamBody.of("{\"error\": \"Invalid API key\"}");
    private static final Duration TOTAL = Duration.ofSeconds(8);

    private static Classification answer(int status) {
        return Classifier.answer(status, Optional.empty(), JSON_ERROR, NOW);
    }

    private static Outcome failure(Throwable t) {
        return Classifier.failure(t, false, false, TOTAL).outcome();
    }

    @Test
    void classifiesEvery2xxAsAccepted() {
        for (int status : new int[]{200, 201, 204, 299}) {
            assertEquals(Outcome.ACCEPTED, Classifier.answer(status, Optional.empty(), UpstreamBody.of("[]"), NOW).outcome());
        }
        assertEquals("", Classifier.answer(200, Optional.empty(), UpstreamBody.of("[{\"exchange_id\":\"BINANCE\"}]"), NOW).note());
    }

    @Test
    void classifiesA401AsNotYetRecognised() {
        assertEquals(Outcome.NOT_YET, answer(401).outcome());
        assertFalse(answer(401).outcome().keyKnown());
    }

    @Test
    void classifiesA403AndA550AsAcceptedWithANote() {
        assertEquals(Outcome.ACCEPTED, answer(403).outcome());
        assertTrue(answer(403).note().contains("plan does not include"), answer(403).note());
        assertEquals(Outcome.ACCEPTED, answer(550).outcome());
        assertTrue(answer(550).note().contains("HTTP 550"));
    }

    @Test
    void classifiesA429AsKnownButRateLimitedAndReadsRetryAfterInSeconds() {
        Classification c = Classifier.answer(429, Optional.of("30"), JSON_ERROR, NOW);
        assertEquals(Outcome.RATE_LIMITED, c.outcome());
        assertTrue(c.outcome().keyKnown());
        assertEquals(Optional.of(Duration.ofSeconds(30)), c.retryAfter());
    }

    @Test
    void readsRetryAfterAsAnHttpDateAndBoundsIt() {
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                Classifier.answer(429, Optional.of("Thu, 26 Nov 2026 12:01:30 GMT"), JSON_ERROR, NOW).retryAfter());
        assertEquals(Optional.of(Duration.ZERO), Classifier.retryAfter("Thu, 26 Nov 2026 11:00:00 GMT", NOW));
        assertEquals(Optional.of(Duration.ofHours(1)), Classifier.retryAfter("999999", NOW));
        assertEquals(Optional.empty(), Classifier.retryAfter("soon", NOW));
        assertEquals(Optional.empty(), Classifier.answer(429, Optional.empty(), JSON_ERROR, NOW).retryAfter());
    }

    @Test
    void classifiesServerErrorsAsUnreachableNeverAsNotPropagated() {
        for (int status : new int[]{500, 502, 503, 504, 599, 408}) {
            assertEquals(Outcome.UNREACHABLE, answer(status).outcome(), "HTTP " + status);
        }
    }

    @Test
    void classifiesA400AsAnErrorOfTheProbe() {
        assertEquals(Outcome.PROBE_ERROR, answer(400).outcome());
        assertTrue(answer(400).note().contains("a problem of this checker, not of your key"));
    }

    @Test
    void classifiesRedirectsAndOtherClientErrorsAsErrorsOfTheProbe() {
        assertEquals(Outcome.PROBE_ERROR, answer(302).outcome());
        assertTrue(answer(301).note().contains("redirects are not followed"));
        assertEquals(Outcome.PROBE_ERROR, answer(404).outcome());
        assertEquals(Outcome.PROBE_ERROR, answer(405).outcome());
    }

    @Test
    void classifiesTimeoutsAndConnectionFailuresAsUnreachable() {
        assertEquals(Outcome.UNREACHABLE, failure(new HttpTimeoutException("request timed out")));
        assertEquals(Outcome.UNREACHABLE, failure(new HttpConnectTimeoutException("connect timed out")));
        assertEquals(Outcome.UNREACHABLE, failure(new CompletionException(new ConnectException())));
        assertEquals(Outcome.UNREACHABLE, failure(new CompletionException(new UnknownHostException("api.invalid"))));
        assertEquals(Outcome.UNREACHABLE, failure(new SSLHandshakeException("bad certificate")));
        assertEquals(Outcome.UNREACHABLE, failure(new IOException("connection reset")));
        assertEquals(Outcome.UNREACHABLE, failure(new CancellationException()));
    }

    @Test
    void saysWhichKindOfFailureItWas() {
        assertEquals("No answer within 8 s (timeout).", Classifier.failure(new CancellationException(), true, false, TOTAL).note());
        assertEquals("The answer did not complete within 8 s (timeout while reading it).",
                Classifier.failure(new CancellationException(), true, true, TOTAL).note());
        assertEquals("The region refused the connection.",
                Classifier.failure(new CompletionException(new ConnectException()), false, false, TOTAL).note());
        assertEquals("The region refused the connection.",
                Classifier.failure(new IOException("x", new ConnectException()), false, false, TOTAL).note());
        assertEquals("The region's host name could not be resolved (DNS error).",
                Classifier.failure(new UnknownHostException("x"), false, false, TOTAL).note());
        assertEquals("The secure connection to the region failed (TLS error).",
                Classifier.failure(new SSLHandshakeException("x"), false, false, Duration.ofMillis(1500)).note());
        assertEquals("No answer within 1.5 s (timeout).",
                Classifier.failure(new HttpTimeoutException("x"), false, false, Duration.ofMillis(1500)).note());
    }

    @Test
    void saysAHostThatDoesNotResolveIsADnsErrorNotARefusedConnection() {
        // what java.net.http.HttpClient reports for http://no-such-region.invalid/ (checked with the JDK 17 here)
        ConnectException fromHttpClient = new ConnectException();
        fromHttpClient.initCause(new UnresolvedAddressException());
        Classification c = Classifier.failure(new CompletionException(fromHttpClient), false, false, TOTAL);
        assertEquals(Outcome.UNREACHABLE, c.outcome());
        assertEquals("The region's host name could not be resolved (DNS error).", c.note());
    }

    @Test
    void addsANoteWhenTheBodyIsNotTheApisJsonButKeepsTheStatusDecisive() {
        Classification c = Classifier.answer(200, Optional.empty(), UpstreamBody.of("<html>Welcome to the hotel wifi</html>"), NOW);
        assertEquals(Outcome.ACCEPTED, c.outcome());
        assertTrue(c.note().contains("not the API's JSON"));
        assertEquals(Outcome.NOT_YET, Classifier.answer(401, Optional.empty(), UpstreamBody.of("nope"), NOW).outcome());
        assertEquals("", Classifier.answer(200, Optional.empty(), UpstreamBody.EMPTY, NOW).note());
    }

    @Test
    void passesOnTheRegionsErrorTextCleanedShortenedAndWithoutTheKey() {
        ApiKey key = ((KeyInput.Valid) ApiKey.parse("0a1b2c3d-1111-2222-3333-444455556666")).key();
        assertEquals(Optional.of("Invalid API key"), JSON_ERROR.message(key));
        assertEquals(Optional.of("no such key …6666 <b>"),
                UpstreamBody.of("{\"message\": \"no such key 0A1B2C3D-1111-2222-3333-444455556666\\r\\n<b>\"}").message(key));
        assertEquals(161 - 1, UpstreamBody.of("{\"error\": \"" + "x".repeat(500) + "\"}").message(key).orElseThrow().length());
        assertEquals(Optional.empty(), UpstreamBody.of("<h1>" + key.reveal() + "</h1>").message(key));
        assertEquals(Optional.empty(), new UpstreamBody("{\"error\": \"cut".getBytes(), true).message(key));
        assertFalse(UpstreamBody.of("{\"error\":\"" + key.reveal() + "\"}").toString().contains(key.reveal()));
    }
}
