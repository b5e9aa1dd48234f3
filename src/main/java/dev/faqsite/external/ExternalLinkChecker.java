package dev.faqsite.external;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Severity;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a site's external links: each host's links in at most {@code perHost} lanes, all lanes on a pool of
 * {@code concurrency} threads, so no thread waits on a busy host while another host has work. Answers come from the
 * cache when it has a fresh one.
 */
public final class ExternalLinkChecker {

    /**
     * What the check found and did.
     *
     * @param problems one {@code external-link} finding per link that does not answer well, at the first place it is linked from
     * @param fetched  links fetched in this run
     * @param cached   links answered from the cache
     */
    public record Result(List<Problem> problems, int fetched, int cached) {
    }

    private final ExternalSettings settings;
    private final String rule;
    private final CheckLevel level;
    private final Clock clock;
    private final LinkFetcher.Sleeper sleeper;

    /**
     * @param rule  the id findings are filed under ({@code external-link}: the checks' list names it)
     * @param level that rule's level for the site
     */
    public ExternalLinkChecker(ExternalSettings settings, String rule, CheckLevel level) {
        this(settings, rule, level, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    ExternalLinkChecker(ExternalSettings settings, String rule, CheckLevel level, Clock clock, LinkFetcher.Sleeper sleeper) {
        this.settings = settings;
        this.rule = rule;
        this.level = level;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * @param links every external URL with where it is first linked from
     * @param pages how many pages link to each URL
     */
    public Result check(Map<String, SourceRef> links, Map<String, Integer> pages) throws IOException, InterruptedException {
        if (level == CheckLevel.OFF) {
            return new Result(List.of(), 0, 0);
        }
        LinkCache cache = LinkCache.open(settings.cacheFile(), settings.cacheTtl());
        Map<String, Queue<String>> byHost = new TreeMap<>();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger cached = new AtomicInteger();
        AtomicInteger fetched = new AtomicInteger();
        for (String url : links.keySet()) {
            if (url.regionMatches(true, 0, "mailto:", 0, 7)) {
                if (!MailtoCheck.wellFormed(url)) {
                    problems.add(problem(links.get(url), "malformed e-mail link " + url,
                            "write mailto:name@example.com; several addresses are separated by commas"));
                }
                continue;
            }
            Optional<LinkStatus> fresh = cache.fresh(url, clock.instant());
            if (fresh.isPresent()) {
                cached.incrementAndGet();
                report(url, fresh.get(), links, pages, problems);
                continue;
            }
            byHost.computeIfAbsent(host(url), h -> new ArrayDeque<>()).add(url);
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread thread = new Thread(r, "faqsite-external-links");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient client = LinkFetcher.client(settings);
        LinkFetcher fetcher = new LinkFetcher(client, settings, clock, sleeper);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (Queue<String> queue : byHost.values()) {
                for (int lane = 0; lane < Math.min(settings.perHost(), queue.size()); lane++) {
                    lanes.add(pool.submit(() -> {
                        for (String url = poll(queue); url != null; url = poll(queue)) {
                            LinkStatus status = fetcher.fetch(url);
                            fetched.incrementAndGet();
                            cache.put(url, status);
                            report(url, status, links, pages, problems);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> lane : lanes) {
                try {
                    lane.get();
                } catch (ExecutionException e) {
                    throw new IOException("checking external links failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        cache.save();
        return new Result(problems.stream().sorted().toList(), fetched.get(), cached.get());
    }

    private static String poll(Queue<String> queue) {
        synchronized (queue) {
            return queue.poll();
        }
    }

    private void report(String url, LinkStatus status, Map<String, SourceRef> links, Map<String, Integer> pages, List<Problem> problems) {
        int count = pages.getOrDefault(url, 1);
        String from = count > 1 ? " (linked from " + count + " pages)" : "";
        SourceRef where = links.get(url);
        switch (status.kind()) {
            case OK, MAIL_OK -> {
            }
            case MOVED -> problems.add(problem(where, "external link moved permanently: " + url + " -> " + status.movedTo() + from,
                    "link to the new address"));
            case BROKEN -> problems.add(problem(where, "external link is broken: " + url + " answers " + status.detail() + from,
                    status.status() == 404 || status.status() == 410 ? "the page is gone: link to its new place, or remove the link"
                            : "check the link in a browser; if it works there, the server refuses robots"));
            case TIMEOUT -> problems.add(problem(where, "external link timed out: " + url + ", " + status.detail() + from,
                    "check it in a browser; a slow server is worth a note, a dead one a new link"));
            case UNREACHABLE, MALFORMED -> problems.add(problem(where, "external link unreachable: " + url + ", " + status.detail() + from,
                    "check the host name; the site may be gone"));
        }
    }

    private Problem problem(SourceRef where, String message, String hint) {
        return new Problem(level == CheckLevel.ERROR ? Severity.ERROR : Severity.WARNING, where, message, hint, rule);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.startsWith("//") ? "https:" + url : url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** "24h", "30m", "2d", "90s": the cache's time-to-live on the command line. */
    public static Duration parseTtl(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("\\d+[smhd]")) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 90s, 30m, 24h or 7d");
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
