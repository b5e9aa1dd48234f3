package dev.faqsite.server;

import dev.faqsite.limits.Admission;
import dev.faqsite.model.FeedbackReason;
import dev.faqsite.model.PageManifest;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.ratings.FieldCheck;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.PageCatalog;
import dev.faqsite.ratings.Vote;
import dev.faqsite.ratings.VoteInput;
import dev.faqsite.ratings.VoteParser;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.ratings.VoteValidator;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/ratings}: {@code POST} records a vote (JSON, or a form post from the widget without JavaScript, which is
 * answered with a redirect back to the page), {@code GET ?page=…&voter=…} tells a browser its own vote on the live
 * version of a page. A vote is answered 200 only once it is committed.
 */
public final class RatingsApi extends Handler.Abstract {

    /** Comfortably above the largest valid vote: a 500-character comment of 4-byte characters, URL-encoded. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RatingsApi.class);

    /** What a vote is answered with: the vote as stored. */
    record Accepted(String page, int score, List<String> reasons, String comment) {
    }

    /** What {@code GET} answers: the browser's vote on the live version of the page, or {@code null}. */
    record Lookup(String page, Accepted vote) {
    }

    private final VoteStore store;
    private final ManifestFile manifest;
    private final VoteValidator validator;
    private final VoteRateLimiter limiter;
    private final boolean trustProxy;
    private final ServerMetrics metrics;
    private final OutageLog writes = new OutageLog(LOG, "cannot store votes");

    public RatingsApi(VoteStore store, ManifestFile manifest, VoteRateLimiter limiter, boolean trustProxy, Clock clock) {
        this(store, manifest, limiter, trustProxy, clock, new Operations());
    }

    /** @param operations where stored and refused votes and database errors are counted */
    public RatingsApi(VoteStore store, ManifestFile manifest, VoteRateLimiter limiter, boolean trustProxy, Clock clock,
                      Operations operations) {
        this.metrics = operations.metrics();
        this.store = store;
        this.manifest = manifest;
        this.validator = new VoteValidator(clock);
        this.limiter = limiter;
        this.trustProxy = trustProxy;
    }

    /** The mount for {@code faqsite serve}. */
    public static Mount mount(RatingsApi api) {
        return new Mount(RatingsConfig.API_PATH, api);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Request.getPathInContext(request).equals(RatingsConfig.API_PATH)) {
            Replies.error(response, callback, HttpStatus.NOT_FOUND_404, "not_found", null, "the ratings API is at " + RatingsConfig.API_PATH);
            return true;
        }
        switch (request.getMethod()) {
            case "POST" -> vote(request, response, callback);
            case "GET", "HEAD" -> lookup(request, response, callback);
            default -> {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST");
                Replies.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method_not_allowed", null,
                        "use POST to vote or GET to read your vote");
            }
        }
        return true;
    }

    private void vote(Request request, Response response, Callback callback) {
        VoteReply reply = new VoteReply(request, response, callback, metrics);
        // a refusal before the body is read reads and drops it first (RefusedBody): the client may still be sending
        if (CrossSite.refused(request)) {
            // browsers say where a request comes from: another site must not cast votes in this reader's name
            RefusedBody.thenAnswer(request, response, () ->
                    reply.error(HttpStatus.FORBIDDEN_403, "cross_site", null, "votes are accepted from this site's own pages only"));
            return;
        }
        Optional<BodyKind> kind = BodyKind.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (kind.isEmpty()) {
            RefusedBody.thenAnswer(request, response, () -> reply.error(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
                    "unsupported_media_type", null, "send application/json or application/x-www-form-urlencoded in UTF-8"));
            return;
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            RefusedBody.thenAnswer(request, response, () -> reply.error(HttpStatus.PAYLOAD_TOO_LARGE_413, "too_large", null,
                    "a vote is at most " + MAX_BODY_BYTES + " bytes"));
            return;
        }
        Admission admission = limiter.admit(ClientAddress.of(request, trustProxy));
        if (!admission.allowed()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, admission.retryAfterSeconds());
            RefusedBody.thenAnswer(request, response, () -> reply.error(HttpStatus.TOO_MANY_REQUESTS_429, "too_many_votes",
                    null, "too many votes from your address; try again in " + admission.retryAfterSeconds() + " s"));
            return;
        }
        Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES).whenComplete((body, failure) -> {
            if (failure != null) {
                boolean tooLarge = Request.getContentBytesRead(request) > MAX_BODY_BYTES
                        || failure instanceof IllegalArgumentException || failure.getCause() instanceof IllegalArgumentException;
                if (tooLarge) {
                    RefusedBody.thenAnswer(request, response, () -> reply.error(HttpStatus.PAYLOAD_TOO_LARGE_413, "too_large",
                            null, "a vote is at most " + MAX_BODY_BYTES + " bytes"));
                } else {
                    // the client stopped sending (Early EOF): an everyday event, worth one quiet line, not a stack trace
                    LOG.debug("a vote's upload ended before its end: the client stopped sending");
                    response.getHeaders().put(HttpHeader.CONNECTION, "close");
                    reply.error(HttpStatus.BAD_REQUEST_400, "incomplete_body", null, "the request body ended before it was complete");
                }
                return;
            }
            FieldCheck<VoteInput> input = kind.get() == BodyKind.JSON ? VoteParser.json(body) : VoteParser.form(body);
            if (input instanceof FieldCheck.Invalid<VoteInput> invalid) {
                reply.invalid(invalid.field(), invalid.message(), Optional.empty());
                return;
            }
            VoteInput fields = ((FieldCheck.Valid<VoteInput>) input).value();
            if (kind.get() == BodyKind.FORM && fields.voter().isEmpty()) {
                Optional<String> sent = VoterCookie.sent(request);
                fields = fields.withVoter(sent.orElseGet(VoterCookie::fresh));
                if (sent.isEmpty()) {
                    reply.keepVoter(fields.voter().orElseThrow());
                }
            }
            record(fields, reply);
        });
    }

    private void record(VoteInput fields, VoteReply reply) {
        PageCatalog catalog = manifest.catalog();
        FieldCheck<Vote> checked = validator.validate(fields, catalog);
        if (checked instanceof FieldCheck.Invalid<Vote> invalid) {
            // the way back links only to a page of this site, never to whatever was posted as 'page'
            reply.invalid(invalid.field(), invalid.message(), fields.page().filter(p -> catalog.page(p).isPresent()));
            return;
        }
        Vote vote = ((FieldCheck.Valid<Vote>) checked).value();
        store.record(vote).whenComplete((stored, failure) -> {
            if (failure != null) {
                writes.failed(failure);
                metrics.databaseError("vote-write");
                reply.unavailable(vote.page());
            } else {
                writes.succeeded();
                reply.accepted(vote, accepted(vote));
            }
        });
    }

    private void lookup(Request request, Response response, Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        String page = query.getValue("page");
        if (page == null || page.isEmpty()) {
            Replies.error(response, callback, HttpStatus.BAD_REQUEST_400, "invalid", "page", "page is missing");
            return;
        }
        PageCatalog catalog = manifest.catalog();
        Optional<PageManifest.Page> live = catalog.page(page);
        if (live.isEmpty()) {
            Replies.error(response, callback, HttpStatus.BAD_REQUEST_400, "invalid", "page", "page is not a page of this site");
            return;
        }
        FieldCheck<String> voter = VoteValidator.voter(Optional.ofNullable(query.getValue("voter")));
        if (voter instanceof FieldCheck.Invalid<String> invalid) {
            Replies.error(response, callback, HttpStatus.BAD_REQUEST_400, "invalid", invalid.field(), invalid.field() + " " + invalid.message());
            return;
        }
        try {
            Optional<VoteStore.StoredVote> stored = store.find(page, live.get().contentVersion(), ((FieldCheck.Valid<String>) voter).value());
            Replies.json(response, callback, HttpStatus.OK_200, new Lookup(page,
                    stored.map(v -> new Accepted(page, v.score(), v.reasons(), v.comment())).orElse(null)));
        } catch (VoteStore.StoreException e) {
            LOG.error("cannot read a vote: {}", e.getMessage());
            metrics.databaseError("vote-read");
            Replies.error(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "unavailable", null,
                    "ratings cannot be read right now; try again later");
        }
    }

    private static Accepted accepted(Vote vote) {
        return new Accepted(vote.page(), vote.score(), vote.reasons().stream().sorted().map(FeedbackReason::id).toList(), vote.comment());
    }

    /** The two bodies a vote may come in. */
    enum BodyKind {
        JSON, FORM;

        static Optional<BodyKind> of(String contentType) {
            if (contentType == null || !MediaTypes.utf8(contentType)) {
                return Optional.empty();
            }
            return switch (MediaTypes.bare(contentType)) {
                case "application/json" -> Optional.of(JSON);
                case "application/x-www-form-urlencoded" -> Optional.of(FORM);
                default -> Optional.empty();
            };
        }
    }
}
