package dev.faqsite.server;

import dev.faqsite.ratings.VoteValidator;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The voter id of a browser without JavaScript, which has no local storage to keep one in. It is set only when such a
 * browser votes, sent only to the ratings API (its path), never readable by scripts: reading the site needs no cookie.
 */
final class VoterCookie {

    static final String NAME = "faqsite_voter";

    private VoterCookie() {
    }

    /** The id this browser voted with before, if it sent one. */
    static Optional<String> sent(Request request) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(NAME) && VoteValidator.VOTER.matcher(cookie.getValue()).matches()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** A new id for a browser that has none; it is told to keep it only once its vote is stored ({@link #set}). */
    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** Tells the browser to keep its voter id: only when its vote was stored, never on a refused post. */
    static void set(Request request, Response response, String voter) {
        Response.addCookie(response, HttpCookie.build(NAME, voter)
                .path(dev.faqsite.model.RatingsConfig.API_PATH)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite(HttpCookie.SameSite.STRICT)
                .maxAge(Duration.ofDays(365).toSeconds())
                .build());
    }
}
