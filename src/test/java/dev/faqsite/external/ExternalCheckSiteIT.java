package dev.faqsite.external;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --external} over a built site: findings at the answer's line; without it, nothing goes online. */
class ExternalCheckSiteIT {

    @TempDir
    Path tmp;

    @Test
    void aDeadExternalLinkInAnAnswerIsAWarningAtItsMarkdownLineAndThePlainCheckStaysOffline() throws Exception {
        try (LinkServer server = new LinkServer()) {
            Path site = Sites.copy(Sites.fixture("checks/clean"), tmp.resolve("source"));
            // the fixture's navbar and footer link to hosts on the internet: only loopback may be asked
            Path config = site.resolve("site.yml");
            Sites.write(config, java.nio.file.Files.readString(config).replaceAll("https://[a-z.]+\\.(test|com)/[a-z/]*", server.url("/ok")));
            Sites.write(site.resolve("content/faq/general/sources.md"), """
                    ---
                    title: "Where does the data come from?"
                    order: 3
                    ---
                    From the exchanges' own feeds.

                    The old [exchange list](%s) moved, and [the status page](%s) is fine.
                    """.formatted(server.url("/missing"), server.url("/ok")));
            BuildResult offline = SiteBuilder.build(new BuildOptions(site, tmp.resolve("site"), false, BuildOptions.Mode.CHECK));
            assertEquals(BuildResult.Status.CHECKED, offline.status(), Sites.problems(offline));
            assertEquals(0, server.totalHits(), "a check without --external fetches nothing");

            ExternalSettings settings = new ExternalSettings(tmp.resolve("cache.json"), Duration.ofHours(1), 4, 2,
                    Duration.ofSeconds(2), 1, Duration.ofMillis(50), Duration.ofSeconds(5), 5);
            BuildResult online = SiteBuilder.build(new BuildOptions(site, tmp.resolve("site"), false, BuildOptions.Mode.CHECK,
                    Optional.of(settings)));
            assertEquals(BuildResult.Status.CHECKED, online.status(), "external findings are warnings by default");
            assertTrue(Sites.problems(online).contains("content/faq/general/sources.md:7:1: warning: external link is broken: "
                    + server.url("/missing") + " answers HTTP 404 [external-link]"), Sites.problems(online));
            assertEquals(1, server.hits("/ok"));
        }
    }

    /**
     * The {@code external-link} rule's fixture ({@code checks/external-link}): its links point at a loopback server
     * written {@code @SERVER@} in the sources and in {@code expected.txt}; each broken or moved link is reported once, at
     * the place it is first linked from, at the rule's default level.
     */
    @Test
    void theExternalLinkFixtureReportsEachDeadOrMovedLinkOnceAtItsFirstPlace() throws Exception {
        try (LinkServer server = new LinkServer()) {
            Path fixture = Sites.fixture("checks/external-link");
            Path site = Sites.copy(fixture, tmp.resolve("source"));
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(site)) {
                for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    Sites.write(file, java.nio.file.Files.readString(file).replace("@SERVER@", server.url("")));
                }
            }
            ExternalSettings settings = new ExternalSettings(tmp.resolve("cache.json"), Duration.ofHours(1), 4, 2,
                    Duration.ofSeconds(2), 1, Duration.ofMillis(50), Duration.ofSeconds(5), 5);
            BuildResult result = SiteBuilder.build(new BuildOptions(site, tmp.resolve("site"), false, BuildOptions.Mode.CHECK,
                    Optional.of(settings)));
            assertEquals(java.nio.file.Files.readString(fixture.resolve("expected.txt")).strip().replace("@SERVER@", server.url("")),
                    Sites.problems(result));
            assertEquals(BuildResult.Status.CHECKED, result.status(), "external-link findings are warnings by default");
            assertEquals(1, server.hits("/gone"), "a URL linked from several places is fetched once");
        }
    }
}
