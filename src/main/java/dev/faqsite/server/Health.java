package dev.faqsite.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /healthz}: the process is up and answering (200). {@code GET /readyz}: it can serve readers — the site is
 * built, each dependency (the ratings database) answers, and it is not shutting down — 200, else 503 naming what is
 * not ready. Both are cheap (a dependency is asked at most once a second, and waited for at most 2 s) and never rate
 * limited, so that a load balancer may ask as often as it likes.
 */
public final class Health extends Handler.Abstract {

    public static final String LIVE = "/healthz";
    public static final String READY = "/readyz";
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long WAIT_MILLIS = 2000;

    /** Something the server needs to serve readers, e.g. the ratings database. */
    public interface Dependency {
        String name();

        /** Returns when the dependency answers; throws saying why it does not. */
        void check() throws Exception;
    }

    /** What {@code /readyz} answers: {@code ready} or {@code not_ready}, and each part's state. */
    record Readiness(String status, Map<String, String> checks) {
    }

    /** @param why for the log only: the exception's text may name a host or a user */
    private record Result(boolean ok, String detail, String why, long atNanos) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private final Path siteRoot;
    private final List<Cached> dependencies = new ArrayList<>();
    private final Operations operations;
    private final ExecutorService checks = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "faqsite-readiness");
        thread.setDaemon(true);
        return thread;
    });

    Health(Path siteRoot, List<Dependency> dependencies, Operations operations) {
        this.siteRoot = siteRoot;
        dependencies.forEach(d -> this.dependencies.add(new Cached(d)));
        this.operations = operations;
    }

    /** Both endpoints, to be mounted before every other API. */
    public static List<Mount> mounts(Path siteRoot, List<Dependency> dependencies, Operations operations) {
        Health health = new Health(siteRoot, dependencies, operations);
        return List.of(new Mount(LIVE, health), new Mount(READY, health));
    }

    @Override
    protected void doStop() throws Exception {
        checks.shutdownNow();
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Replies.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method_not_allowed", null, "use GET");
            return true;
        }
        String path = Request.getPathInContext(request);
        if (path.equals(LIVE)) {
            Replies.json(response, callback, HttpStatus.OK_200, Map.of("status", "up"));
        } else if (path.equals(READY)) {
            Readiness readiness = readiness();
            Replies.json(response, callback, readiness.status().equals("ready") ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503,
                    readiness);
        } else {
            Replies.error(response, callback, HttpStatus.NOT_FOUND_404, "not_found", null, "health is at " + LIVE + " and " + READY);
        }
        return true;
    }

    Readiness readiness() {
        Map<String, String> states = new LinkedHashMap<>();
        boolean ready = true;
        if (operations.stopping()) {
            states.put("server", "shutting down");
            ready = false;
        }
        boolean built = Files.isRegularFile(siteRoot.resolve("index.html"));
        states.put("site", built ? "ok" : "not built yet");
        ready &= built;
        for (Cached dependency : dependencies) {
            Result result = dependency.result();
            states.put(dependency.dependency.name(), result.ok() ? "ok" : result.detail());
            ready &= result.ok();
        }
        return new Readiness(ready ? "ready" : "not_ready", states);
    }

    /** A dependency's last answer, asked again when older than a second; one question at a time. */
    private final class Cached {
        private final Dependency dependency;
        private Result last = new Result(true, "not checked yet", "", 0);
        private CompletableFuture<Result> asking;

        Cached(Dependency dependency) {
            this.dependency = dependency;
        }

        Result result() {
            CompletableFuture<Result> answer;
            synchronized (this) {
                if (last.atNanos() != 0 && System.nanoTime() - last.atNanos() < FRESH_NANOS) {
                    return last;
                }
                if (asking == null) {
                    CompletableFuture<Result> started = CompletableFuture.supplyAsync(this::ask, checks);
                    asking = started;
                    // may run at once, in this thread, if the answer is already there (and then clear asking)
                    started.thenAccept(result -> remember(started, result));
                    answer = started;
                } else {
                    answer = asking;
                }
            }
            try {
                return answer.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return new Result(false, "no answer within " + WAIT_MILLIS / 1000 + " s", "", System.nanoTime());
            } catch (Exception e) {
                return new Result(false, "check failed", e.toString(), System.nanoTime());
            }
        }

        private Result ask() {
            try {
                dependency.check();
                return new Result(true, "ok", "", System.nanoTime());
            } catch (Exception e) {
                return new Result(false, "unreachable", String.valueOf(e.getMessage()), System.nanoTime());
            }
        }

        /** Logs a change of state once, not once per question. */
        private synchronized void remember(CompletableFuture<Result> question, Result result) {
            if (last.ok() && !result.ok()) {
                LOG.warn("not ready: {} does not answer: {}", dependency.name(), result.why());
            } else if (!last.ok() && result.ok()) {
                LOG.info("ready again: {} answers", dependency.name());
            }
            last = result;
            if (asking == question) {
                asking = null;
            }
        }
    }
}
