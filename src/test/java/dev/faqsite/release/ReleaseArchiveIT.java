package dev.faqsite.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.init.Release;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release archives as a docs team installs them: {@code dist/release.sh} makes them (reusing the jar this build
 * made), each is unpacked into a temporary folder outside the repository and run with a PATH that has no Java (except
 * for the portable zip, which needs one), no Maven and no Node: --version, init, build --strict, and serve with a page,
 * a vote and a demo key check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseArchiveIT {

    private static final String VOTER = "3f2c9a4e-1b7d-4c55-9f0e-2a6b8d1c7e90";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String version = Release.current().version();
    private Path release;

    @BeforeAll
    void makeTheArchives() throws Exception {
        Process process = new ProcessBuilder("bash", "dist/release.sh").redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(Path.of("target")).resolve("release.log").toFile()).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "dist/release.sh did not finish");
        assertEquals(0, process.exitValue(), () -> "dist/release.sh failed: " + read(Path.of("target/release.log")));
        release = Path.of("target/release").toAbsolutePath();
    }

    @Test
    void checksumsListBothArchives() throws Exception {
        List<String> sums = Files.readAllLines(release.resolve("SHA256SUMS"));
        assertEquals(2, sums.size(), sums::toString);
        for (String name : List.of("faqsite-" + version + "-linux-x64.tar.gz", "faqsite-" + version + ".zip")) {
            String line = sums.stream().filter(l -> l.endsWith("  " + name)).findFirst().orElseThrow(() -> new AssertionError(name + " not in " + sums));
            assertEquals(sha256(release.resolve(name)), line.substring(0, 64), name);
        }
    }

    @Test
    void theSelfContainedArchiveBuildsAndServesASiteWithNothingInstalled(@TempDir Path scratch) throws Exception {
        Path home = unpack(List.of("tar", "-xzf", release.resolve("faqsite-" + version + "-linux-x64.tar.gz").toString()), scratch);
        Installed faqsite = Installed.at(home, scratch, Map.of());
        assertFalse(faqsite.onPath("java"));
        assertTrue(Files.readString(home.resolve("pagefind/LICENSE")).contains("MIT License"), "Pagefind comes with its licence");
        assertTrue(Files.isRegularFile(home.resolve("systemd/faqsite.service")));

        Installed.Result shown = faqsite.run(scratch, "--version");
        assertEquals(0, shown.exitCode(), shown::toString);
        assertTrue(shown.out().startsWith("faqsite " + version + " (commit "), shown::toString);
        assertTrue(shown.out().contains("JBake 2.7.0, Freemarker "), shown::toString);
        assertTrue(shown.out().contains("using " + home.resolve("pagefind/pagefind_extended") + " (pagefind 1.6.0)"), shown::toString);
        assertTrue(shown.out().contains("Java 17") && shown.out().contains("in " + home.resolve("runtime")), shown::toString);

        Path site = initAndBuild(faqsite, scratch);
        // the CDS archive made at packaging time maps in this folder, which it was not made in: -Xshare:on refuses to
        // start otherwise, and the app's classes come from it; so nothing is dumped on the first run
        assertTrue(Files.isRegularFile(home.resolve("lib/faqsite.jsa")), "the tarball carries the CDS archive");
        Installed.Result mapped = faqsite.run(scratch, Map.of("FAQSITE_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info"), "--version");
        assertEquals(0, mapped.exitCode(), () -> "the shipped archive must map (-Xshare:on fails otherwise): " + mapped.err());
        assertTrue(mapped.out().contains(" dev.faqsite.cli.Main source: shared objects file"),
                () -> "the app's classes come from the shipped archive: " + mapped.out().lines().filter(l -> l.contains("dev.faqsite.cli.Main")).toList());
        assertFalse(Files.exists(home.resolve("lib/cds")), "no archive is dumped where the shipped one maps");
        // search, ratings and the key checker: each turned on by removing the '#' of its lines, as site.yml says
        Files.writeString(site.resolve("site.yml"), uncommented(Files.readString(site.resolve("site.yml")), "search", "ratings", "key_check"));
        Installed.Result strict = faqsite.run(site, "build", "--strict");
        assertEquals(0, strict.exitCode(), strict::toString);
        assertTrue(Files.isRegularFile(site.resolve("target/site/pagefind/pagefind.js")), "the bundled Pagefind indexed the site");

        serveAndUse(faqsite, site);
        theFirstRunMakesAnArchiveWhereTheShippedOneWouldBeRefused(faqsite, home, scratch);

        // the PostgreSQL driver in the trimmed runtime (java.sql, java.naming…), where .ci/run has started PostgreSQL
        String postgres = System.getenv("FAQSITE_TEST_POSTGRES_URL");
        if (postgres != null) {
            Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml"))
                    .replace("  jdbc_url: \"\"", "  jdbc_url: \"" + postgres.replace("\"", "") + "\""));
            try (Installed.Server server = faqsite.serve(site)) {
                JsonNode vote = postJson(server.uri().resolve("/api/ratings"),
                        "{\"page\":\"/faq/getting-started/request-errors/\",\"score\":4,\"voter\":\"" + VOTER + "\"}", 200);
                assertEquals(4, vote.path("score").asInt(), vote::toString);
            }
        }
    }

    @Test
    void thePortableZipRunsWithJavaAloneAndSaysWhenPagefindIsMissing(@TempDir Path scratch) throws Exception {
        Path home = unpack(List.of("unzip", "-q", release.resolve("faqsite-" + version + ".zip").toString()), scratch);
        assertTrue(Files.isExecutable(home.resolve("bin/faqsite")) && Files.isRegularFile(home.resolve("bin/faqsite.cmd")));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Installed faqsite = Installed.at(home, scratch, Map.of("java", java));

        Installed.Result shown = faqsite.run(scratch, "--version");
        assertEquals(0, shown.exitCode(), shown::toString);
        assertTrue(shown.out().contains("Pagefind 1.6.0 (pinned); none found"), shown::toString);

        Path site = initAndBuild(faqsite, scratch);
        Files.writeString(site.resolve("site.yml"), uncommented(Files.readString(site.resolve("site.yml")), "search", "ratings", "key_check"));
        Installed.Result missing = faqsite.run(site, "build", "--strict");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("error: search is enabled but Pagefind is not installed")
                && missing.err().contains("FAQSITE_PAGEFIND"), missing::toString);
        assertTrue(missing.err().startsWith("faqsite: this site enables search, and no Pagefind was found: put pagefind on the PATH "
                + "(npm install -g pagefind@1.6.0) or set FAQSITE_PAGEFIND to its binary\n"), missing::toString);

        // pagefind on the PATH, as `npm i -g pagefind` or a downloaded binary would put it there
        Path pagefind = Path.of("node_modules/@pagefind/linux-x64/bin/pagefind_extended").toAbsolutePath();
        Installed withPagefind = Installed.at(home, scratch.resolve("with-pagefind"), Map.of("java", java, "pagefind", pagefind));
        Installed.Result found = withPagefind.run(site, "build", "--strict");
        assertEquals(0, found.exitCode(), found::toString);
        assertTrue(Files.isRegularFile(site.resolve("target/site/pagefind/pagefind.js")));

        serveAndUse(withPagefind, site);
    }

    @Test
    void theNewSitesWorkflowInstallsThePinnedReleaseOnlyWithItsSumAndBuildsTheSite(@TempDir Path scratch) throws Exception {
        Path site = scratch.resolve("site");
        assertEquals(0, dev.faqsite.cli.Main.run("init", site.toString(), "--name", "Acme", "--base-url", "https://faq.acme.test"));
        Map<String, Object> workflow = new Yaml().load(Files.readString(site.resolve(".github/workflows/faqsite.yml")));
        @SuppressWarnings("unchecked")
        Map<String, String> env = (Map<String, String>) workflow.get("env");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Map<String, Object>>) workflow.get("jobs")).get("build").get("steps");
        String script = steps.stream().filter(s -> "Install faqsite and build the site".equals(s.get("name"))).findFirst()
                .map(s -> (String) s.get("run")).orElseThrow();
        assertEquals(version, env.get("FAQSITE_VERSION"));
        // the release host, as the workflow expects it: <base>/<version>/<archive>
        String archive = "faqsite-" + version + "-linux-x64.tar.gz";
        Path hosted = Files.createDirectories(scratch.resolve("releases").resolve(version));
        Files.copy(release.resolve(archive), hosted.resolve(archive));
        Path bin = Installed.pathFolder(scratch, List.of("curl", "sha256sum", "tar", "gzip"), Map.of());
        Map<String, String> runner = Map.of("PATH", bin.toString(), "HOME", Files.createDirectories(scratch.resolve("runner")).toString(),
                "FAQSITE_VERSION", env.get("FAQSITE_VERSION"), "FAQSITE_RELEASE_URL", scratch.resolve("releases").toUri().toString());

        Installed.Result unpinned = bash(site, script, runner, "");
        assertEquals(1, unpinned.exitCode(), unpinned::toString);
        assertTrue(unpinned.err().contains("FAQSITE_SHA256 is empty: set it to the sum of " + archive), unpinned::toString);
        Installed.Result wrong = bash(site, script, runner, "0".repeat(64));
        assertTrue(wrong.exitCode() != 0 && wrong.out().contains("FAILED"), wrong::toString);
        assertFalse(Files.exists(scratch.resolve("runner/.faqsite")), "nothing unpacked from an archive whose sum is wrong");

        Installed.Result pinned = bash(site, script, runner, sha256(release.resolve(archive)));
        assertEquals(0, pinned.exitCode(), pinned::toString);
        assertTrue(pinned.out().contains("faqsite " + version + " (commit "), pinned::toString);
        assertTrue(Files.isRegularFile(site.resolve("target/site/index.html")), "the workflow's build --strict published the site");
    }

    /** Runs a CI step's script as GitHub's runner does ({@code bash -e}), with only the given environment. */
    private static Installed.Result bash(Path folder, String script, Map<String, String> env, String sha256) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-e", "-c", script).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("FAQSITE_SHA256", sha256);
        Process process = builder.start();
        process.getOutputStream().close();
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> Installed.read(process.getErrorStream()));
        String out = Installed.read(process.getInputStream());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Installed.Result(process.exitValue(), out, err.join());
    }

    /** init in a new folder, then build --strict the site exactly as it was made. */
    /** An unpacker that does not keep the files' times: the JVM would refuse the shipped archive (the jar's mtime is in it). */
    private void theFirstRunMakesAnArchiveWhereTheShippedOneWouldBeRefused(Installed faqsite, Path home, Path scratch) throws Exception {
        Files.setLastModifiedTime(home.resolve("lib/faqsite.jar"), FileTime.from(Instant.now()));
        Installed.Result init = faqsite.run(scratch, Map.of("FAQSITE_JAVA_OPTS", "-Xshare:on"), "init", "second-site");
        assertEquals(0, init.exitCode(), () -> "the folder's own archive must map (-Xshare:on fails otherwise): " + init);
        assertTrue(init.err().contains("faqsite: preparing class-data sharing for " + home), init::toString);
        try (var archives = Files.list(home.resolve("lib/cds"))) {
            assertEquals(1, archives.filter(f -> f.getFileName().toString().endsWith(".jsa")).count(),
                    "the first run dumped a class-data-sharing archive for this folder");
        }
    }

    private Path initAndBuild(Installed faqsite, Path scratch) throws Exception {
        Installed.Result init = faqsite.run(scratch, "init", "acme-faq", "--name", "Acme FAQ", "--base-url", "https://faq.acme.test");
        assertEquals(0, init.exitCode(), init::toString);
        Path site = scratch.resolve("acme-faq");
        assertTrue(Files.readString(site.resolve("site.yml")).contains("name: \"Acme FAQ\""));
        Installed.Result again = faqsite.run(scratch, "init", "acme-faq");
        assertEquals(2, again.exitCode(), "init refuses a folder that has a site.yml");

        Installed.Result build = faqsite.run(site, "build", "--strict");
        assertEquals(0, build.exitCode(), build::toString);
        assertTrue(build.out().startsWith("Built 6 pages"), build::toString);
        assertTrue(Files.isRegularFile(site.resolve("target/site/faq/getting-started/first-request/index.html")));
        return site;
    }

    /** serve --port 0: a page, a vote stored in the site's data/ folder, a demo key checked in the demo region. */
    private void serveAndUse(Installed faqsite, Path site) throws Exception {
        try (Installed.Server server = faqsite.serve(site)) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri().resolve("/faq/getting-started/first-request/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("How do I make my first API request?"));

            JsonNode vote = postJson(server.uri().resolve("/api/ratings"),
                    "{\"page\":\"/faq/getting-started/first-request/\",\"score\":5,\"voter\":\"" + VOTER + "\"}", 200);
            assertEquals(5, vote.path("score").asInt(), vote::toString);
            assertTrue(Files.isRegularFile(site.resolve("data/ratings.db")));

            String key = postJson(server.uri().resolve("/api/demo/keys"), "{}", 201).path("key").asText();
            JsonNode check = postJson(server.uri().resolve("/api/key-check"), "{\"key\":\"" + key + "\"}", 200);
            assertEquals("eu", check.path("regions").path(0).path("region").asText(), check::toString);
            assertEquals("not-recognised", check.path("verdict").path("kind").asText(), "a new demo key needs 20 s in the region");
        }
    }

    private JsonNode postJson(URI uri, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), () -> uri + " answered " + response.body());
        return new ObjectMapper().readTree(response.body());
    }

    /** Removes the '#' before the lines of each named top-level block of a new site.yml (up to the next blank line). */
    static String uncommented(String siteYml, String... blocks) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (String line : siteYml.split("\n", -1)) {
            if (line.isBlank()) {
                inside = false;
            } else if (List.of(blocks).stream().anyMatch(b -> line.startsWith("#" + b + ":"))) {
                inside = true;
            }
            out.append(inside && line.startsWith("#") ? line.substring(1) : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private Path unpack(List<String> command, Path scratch) throws Exception {
        Process process = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), said);
        Path home = scratch.resolve("faqsite-" + version);
        assertTrue(Files.isDirectory(home), "the archive unpacks into faqsite-" + version + "/");
        assertFalse(home.toAbsolutePath().startsWith(Path.of("").toAbsolutePath()), "unpacked outside the repository");
        return home;
    }

    private static String sha256(Path file) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
