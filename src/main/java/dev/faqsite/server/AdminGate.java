package dev.faqsite.server;

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

    private final Optional<byte[]> token;

    AdminGate(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    boolean configured() {
        return token.isPresent();
    }

    boolean admits(Request request) {
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
