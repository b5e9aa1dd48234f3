package dev.faqsite.server;

import dev.faqsite.ratings.Vote;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers one vote in the form its sender understands: JSON for scripts and the widget's background requests; for a
 * browser's plain form post (no JavaScript) a redirect back to the page's thank-you on success, and a short HTML page
 * with a way back on failure.
 */
final class VoteReply {

    /**
     * Site paths safe to link back to: what the build generates, never a scheme or another host ({@code //host} is a
     * link to another site). Only a page the catalog knows is linked at all; this is the second line of defence.
     */
    private static final Pattern SITE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9/_.-]*");

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ServerMetrics metrics;
    private final boolean browserForm;
    private Optional<String> newVoter = Optional.empty();

    VoteReply(Request request, Response response, Callback callback, ServerMetrics metrics) {
        this.metrics = metrics;
        this.request = request;
        this.response = response;
        this.callback = callback;
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        this.browserForm = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && accept != null && accept.contains("text/html");
    }

    /** The voter id given to a browser without one: its cookie is set with the answer, if the vote is stored. */
    void keepVoter(String voter) {
        newVoter = Optional.of(voter);
    }

    void accepted(Vote vote, Object json) {
        metrics.voteStored();
        newVoter.ifPresent(voter -> VoterCookie.set(request, response, voter));
        if (!browserForm) {
            Replies.json(response, callback, HttpStatus.OK_200, json);
            return;
        }
        String anchor = vote.reasons().isEmpty() && vote.comment().isEmpty() ? "#rated-" + vote.score() : "#rated-details";
        // 303: the browser follows with a GET, so reloading the page does not post the vote again
        response.setStatus(HttpStatus.SEE_OTHER_303);
        response.getHeaders().put(new HttpField(HttpHeader.LOCATION, vote.page() + anchor));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, null, callback);
    }

    /** @param page the page to link back to: only one of the site's pages, else the home page */
    void invalid(String field, String message, Optional<String> page) {
        error(HttpStatus.BAD_REQUEST_400, "invalid", field, field + " " + message, page);
    }

    void unavailable(String page) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, 5);
        error(HttpStatus.SERVICE_UNAVAILABLE_503, "unavailable", null, "the vote could not be stored; try again in a moment",
                Optional.of(page));
    }

    void error(int status, String error, String field, String message) {
        error(status, error, field, message, Optional.empty());
    }

    private void error(int status, String error, String field, String message, Optional<String> page) {
        metrics.voteRefused(error);
        if (!browserForm) {
            Replies.error(response, callback, status, error, field, message);
            return;
        }
        String back = page.filter(p -> SITE_PATH.matcher(p).matches()).orElse("/");
        Replies.html(response, callback, status, "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Rating not recorded</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"><main class=\"main\"><h1>Your rating was not recorded</h1>"
                + "<p>" + Html.escape(capitalised(message)) + ".</p><p><a class=\"button\" href=\"" + Html.escape(back)
                + "#rating\">Back to the page</a></p></main></html>");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
