package dev.faqsite.server;

import dev.faqsite.limits.Admission;
import dev.faqsite.limits.Limit;
import dev.faqsite.limits.RateLimits;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks the admin token of a request: {@code Authorization: Bearer TOKEN}, or HTTP Basic with the token as password
 * (any user name), which is what a browser asks for after a 401. There is no default token: without one configured
 * nobody gets in.
 */
final class AdminGate {

    static final String REALM = "Basic realm=\"faqsite ratings\", charset=\"UTF-8\"";

    /**
     * Attempts with a token per client address and minute, right or wrong: counted before the token is compared, so
     * that a guesser learns nothing once over the limit. A person signing in needs a few.
     */
    static final Limit ATTEMPTS = new Limit("admin-attempts", 20);

    /** What a request for a guarded page gets. */
    enum Verdict { ADMITTED, NO_TOKEN_CONFIGURED, UNAUTHORIZED, TOO_MANY }

    /** @param retryAfterSeconds for {@link Verdict#TOO_MANY}: how long until the client may try again */
    record Decision(Verdict verdict, long retryAfterSeconds) {
        static Decision of(Verdict verdict) {
            return new Decision(verdict, 0);
        }
    }

    private final Optional<byte[]> token;
    private final RateLimits limits;
    private final boolean trustProxy;

    AdminGate(Optional<String> token, RateLimits limits, boolean trustProxy) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.limits = limits;
        this.trustProxy = trustProxy;
    }

    /** Whether the request may see what the token guards. */
    Decision check(Request request) {
        if (token.isEmpty()) {
            return Decision.of(Verdict.NO_TOKEN_CONFIGURED);
        }
        if (request.getHeaders().get(HttpHeader.AUTHORIZATION) == null) {
            return Decision.of(Verdict.UNAUTHORIZED);
        }
        Admission admission = limits.take(ATTEMPTS, ClientAddress.of(request, trustProxy));
        if (!admission.allowed()) {
            return new Decision(Verdict.TOO_MANY, admission.retryAfterSeconds());
        }
        return Decision.of(admits(request) ? Verdict.ADMITTED : Verdict.UNAUTHORIZED);
    }

    private boolean admits(Request request) {
        if (token.isEmpty()) {
            return false;
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        return presented(authorization).map(p -> MessageDigest.isEqual(p, token.get())).orElse(false);
    }

    private static Optional<byte[]> presented(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return Optional.of(value.getBytes(StandardCharsets.UTF_8));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
