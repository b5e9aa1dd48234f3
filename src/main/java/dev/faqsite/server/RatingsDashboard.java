package dev.faqsite.server;

import dev.faqsite.limits.RateLimits;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.PageCatalog;
import dev.faqsite.ratings.PageRating;
import dev.faqsite.ratings.RatingsReport;
import dev.faqsite.ratings.VoteStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /admin/ratings/}: the authors' dashboard, rendered here per request from the store and the page manifest
 * (pages worst first with their distribution as bars, recent comments, a category filter). Needs the admin token.
 */
public final class RatingsDashboard extends Handler.Abstract {

    public static final String PATH = "/admin/ratings";
    static final int COMMENTS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(RatingsDashboard.class);

    private final VoteStore store;
    private final ManifestFile manifest;
    private final AdminGate gate;
    private final ServerMetrics metrics;

    /** @param limits where failed and successful sign-ins are counted per client address ({@link AdminGate#ATTEMPTS}) */
    public RatingsDashboard(VoteStore store, ManifestFile manifest, Optional<String> adminToken, RateLimits limits, boolean trustProxy) {
        this(store, manifest, adminToken, limits, trustProxy, new Operations());
    }

    public RatingsDashboard(VoteStore store, ManifestFile manifest, Optional<String> adminToken, RateLimits limits, boolean trustProxy,
                            Operations operations) {
        this.metrics = operations.metrics();
        this.store = store;
        this.manifest = manifest;
        this.gate = new AdminGate(adminToken, limits, trustProxy);
    }

    public static Mount mount(RatingsDashboard dashboard) {
        return new Mount(PATH, dashboard);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Replies.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method_not_allowed", null, "the dashboard is read-only");
            return true;
        }
        if (path.equals(PATH)) {
            Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301, PATH + "/", true);
            return true;
        }
        if (path.equals(PATH + "/" + DashboardPage.STYLESHEET)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/css; charset=utf-8");
            response.write(true, ByteBuffer.wrap(DashboardPage.css()), callback);
            return true;
        }
        if (!path.equals(PATH + "/")) {
            Replies.error(response, callback, HttpStatus.NOT_FOUND_404, "not_found", null, "the dashboard is at " + PATH + "/");
            return true;
        }
        AdminGate.Decision decision = gate.check(request);
        switch (decision.verdict()) {
            case NO_TOKEN_CONFIGURED -> Replies.html(response, callback, HttpStatus.FORBIDDEN_403, DashboardPage.message(
                    "The ratings dashboard is off", "No admin token is configured. Set the environment variable FAQSITE_ADMIN_TOKEN "
                            + "(or ratings.admin_token in site.yml) to a long random token and restart the server."));
            case UNAUTHORIZED -> {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, AdminGate.REALM);
                Replies.html(response, callback, HttpStatus.UNAUTHORIZED_401, DashboardPage.message("Admin token needed",
                        "Sign in with any user name and the admin token as the password, or send Authorization: Bearer <token>."));
            }
            case TOO_MANY -> {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, decision.retryAfterSeconds());
                Replies.html(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, DashboardPage.message("Too many attempts",
                        "Too many sign-in attempts from your address. Try again in " + decision.retryAfterSeconds() + " s."));
            }
            case ADMITTED -> render(request, response, callback);
        }
        return true;
    }


    private void render(Request request, Response response, Callback callback) {
        PageCatalog catalog = manifest.catalog();
        String asked = Request.extractQueryParameters(request).getValue("category");
        Optional<PageCatalog.CategoryName> category = catalog.categories().stream().filter(c -> c.id().equals(asked)).findFirst();
        try {
            List<PageRating> rows = RatingsReport.build(store.tallies(), catalog, category.map(PageCatalog.CategoryName::id));
            Optional<Set<String>> pages = category.map(c -> rows.stream().map(PageRating::page).collect(Collectors.toSet()));
            List<VoteStore.RecentComment> comments = store.recentComments(pages, COMMENTS);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            Replies.html(response, callback, HttpStatus.OK_200, new DashboardPage(catalog, category, rows, comments).html());
        } catch (VoteStore.StoreException e) {
            LOG.error("cannot render the ratings dashboard: {}", e.getMessage());
            metrics.databaseError("dashboard");
            Replies.html(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, DashboardPage.message("Ratings cannot be read right now",
                    "The ratings database did not answer. The server's log says why; try again in a moment."));
        }
    }
}
