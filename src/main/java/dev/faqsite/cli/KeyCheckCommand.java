package dev.faqsite.cli;

import dev.faqsite.build.SiteBuilder;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.propagation.ApiKey;
import dev.faqsite.propagation.Backoff;
import dev.faqsite.propagation.KeyInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code faqsite keycheck}: checks a key in every region, prints a row per region and the verdict; with
 * {@code --wait}, checks again with backoff until every region accepts it. Exit codes: 0 propagated everywhere,
 * 1 not yet everywhere, 2 an error (bad key or config, a region that could not be checked).
 */
@Command(name = "keycheck", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check whether an API key works in every region of the API.",
                "The key is read from the environment variable FAQSITE_API_KEY, or from standard input (typed without echo at a "
                        + "terminal, or piped) — never from the command line.",
                "Exit codes: 0 the key works everywhere, 1 not yet everywhere, 2 an error or a region that could not be checked."})
final class KeyCheckCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder whose site.yml lists the regions under key_check (default: ${DEFAULT-VALUE}).")
    Path source = Path.of(".");

    @Option(names = "--server", paramLabel = "URL", description = "Check through a running 'faqsite serve' at URL instead of probing the regions from here; "
            + "the way to reach demo mode's simulated regions.")
    URI server;

    @Option(names = "--wait", description = "Check again, less and less often, until every region accepts the key or --timeout passes.")
    boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "With --wait, give up after this long: 90s, 10m, 1h (default: the site's key_check.retry.stop_after_minutes).")
    String timeout;

    @Parameters(hidden = true, arity = "0..*")
    List<String> arguments = new ArrayList<>();

    private final KeySource keys;
    private final PrintStream out;
    private final PrintStream err;

    KeyCheckCommand() {
        this(System.getenv(), System.in, System.out, System.err, Optional.ofNullable(System.console()));
    }

    KeyCheckCommand(Map<String, String> environment, InputStream stdin, PrintStream out, PrintStream err, Optional<Console> console) {
        this.keys = new KeySource(environment, stdin, console);
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (!arguments.isEmpty()) {
            err.println("faqsite keycheck: takes no arguments, and never the key: shells keep arguments in their history and any user "
                    + "can read them in the process list. Set " + KeySource.VARIABLE + ", or pipe the key to standard input.");
            return ExitCode.USAGE;
        }
        Optional<Duration> limit = timeout == null ? Optional.empty() : parseDuration(timeout);
        if (timeout != null && limit.isEmpty()) {
            err.println("faqsite keycheck: --timeout must be a duration such as 90s, 10m or 1h, got '" + timeout + "'");
            return ExitCode.USAGE;
        }
        Optional<KeySource.Given> given = keys.read().filter(g -> !g.text().isBlank());
        if (given.isEmpty()) {
            err.println("faqsite keycheck: no key. Set " + KeySource.VARIABLE + ", or pipe the key to standard input.");
            return ExitCode.USAGE;
        }
        String text = given.get().text().strip();
        if (!text.equals(given.get().text())) {
            err.println("faqsite keycheck: removed spaces or line breaks around the key from " + given.get().from() + ".");
        }
        KeyInput input = ApiKey.parse(text);
        if (input instanceof KeyInput.Invalid invalid) {
            err.println("faqsite keycheck: " + invalid.message() + " (read from " + given.get().from() + ")");
            return ExitCode.USAGE;
        }
        Optional<Setup> setup = setup();
        if (setup.isEmpty()) {
            return ExitCode.USAGE;
        }
        Backoff backoff = new Backoff(setup.get().retry().first(), setup.get().retry().max(),
                limit.orElse(setup.get().retry().stopAfter()));
        try (KeyCheckClient client = setup.get().client()) {
            return run(client, ((KeyInput.Valid) input).key(), backoff);
        }
    }

    private int run(KeyCheckClient client, ApiKey key, Backoff backoff) throws Exception {
        long started = System.nanoTime();
        Optional<String> first = Optional.empty();
        int attempt = 0;
        while (true) {
            attempt++;
            KeyCheckClient.Answer answer = client.check(key, attempt, first);
            Optional<Duration> retryAfter;
            int code;
            if (answer instanceof KeyCheckClient.Answer.Refused refused) {
                err.println("faqsite keycheck: " + refused.message());
                if (refused.retryAfter().isEmpty()) {
                    return ExitCode.USAGE;
                }
                retryAfter = refused.retryAfter();
                code = ExitCode.USAGE;
            } else {
                KeyCheckRound round = ((KeyCheckClient.Answer.Checked) answer).round();
                KeyCheckTable.print(round, out);
                if (round.done()) {
                    return ExitCode.OK;
                }
                first = Optional.of(round.firstCheckAt());
                retryAfter = round.retryAfter();
                code = round.exitCode();
            }
            if (!wait) {
                return code;
            }
            Duration since = Duration.ofNanos(System.nanoTime() - started);
            Optional<Duration> next = backoff.next(attempt, since, retryAfter, ThreadLocalRandom.current().nextDouble());
            if (next.isEmpty()) {
                out.println("Gave up waiting after " + seconds(since) + ".");
                return code;
            }
            out.println("Next check in " + seconds(next.get()) + " (Ctrl+C to stop).");
            out.println();
            Thread.sleep(next.get().toMillis());
        }
    }

    /** The client and re-check schedule, from --server or from the site's config; problems are printed. */
    private record Setup(KeyCheckClient client, KeyCheckConfig.Retry retry) {
    }

    private Optional<Setup> setup() throws Exception {
        KeyCheckConfig.Retry defaults = new KeyCheckConfig.Retry(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10));
        if (server != null) {
            if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme()) || server.getHost() == null) {
                err.println("faqsite keycheck: --server must be an http(s) URL such as http://127.0.0.1:8080, got '" + server + "'");
                return Optional.empty();
            }
            return Optional.of(new Setup(KeyCheckClient.server(server), defaults));
        }
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteBuilder.loadConfig(source, problems);
        problems.sorted().forEach(p -> err.println(p.format()));
        if (config.isEmpty() || problems.sorted().stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        Optional<KeyCheckConfig> keyCheck = config.get().keyCheck();
        if (keyCheck.isEmpty()) {
            err.println("faqsite keycheck: " + source.resolve("site.yml") + " has no key_check section: list the regions there "
                    + "(README, \"Key checker\")");
            return Optional.empty();
        }
        if (keyCheck.get().demo()) {
            err.println("faqsite keycheck: site.yml lists no regions under key_check, so the checker runs in demo mode, whose "
                    + "simulated regions live inside 'faqsite serve'. Check through it with --server http://127.0.0.1:8080, "
                    + "or list the real regions: regions: [{ id: ncsa }, { id: emea }, { id: apac }]");
            return Optional.empty();
        }
        URI site = URI.create(config.get().baseUrl() + "/");
        return Optional.of(new Setup(KeyCheckClient.direct(keyCheck.get(), config.get().supportUrl(), site), keyCheck.get().retry()));
    }

    static Optional<Duration> parseDuration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})\\s*(s|m|h)?").matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        });
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
