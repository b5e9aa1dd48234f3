package dev.faqsite.init;

import dev.faqsite.content.Parsed;
import dev.faqsite.content.SiteConfigReader;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a new site in a folder, for {@code faqsite init} and for tools that turn other docs into a faqsite site: a
 * {@code site.yml} with the required keys set and every other key commented, a sample category with two answers, a
 * {@code .gitignore}, and CI files (GitHub Actions, GitLab CI) that install this release and publish to Pages.
 *
 * <p>Refuses a folder that already has a {@code site.yml}; never overwrites another file (it is kept, and listed). The
 * config is validated before anything is written, so a refused init leaves the folder as it was.
 */
public final class SiteInit {

    /** The sample category's folder, under {@code content/faq/}. */
    public static final String SAMPLE_CATEGORY = "getting-started";
    /** Where the CI files say the release archives are until the team names its own host. */
    public static final String RELEASE_URL_PLACEHOLDER = "https://downloads.example.com/faqsite";

    private static final String TEMPLATES = "/faqsite/init/";

    /**
     * What to make.
     *
     * @param name    the site's name ({@code name:})
     * @param baseUrl where the site will be published ({@code base_url:})
     * @param samples whether to add the sample category and its two answers (an importer brings its own content)
     */
    public record Options(String name, String baseUrl, boolean samples) {
    }

    /**
     * What was done.
     *
     * @param written  the files created, in order
     * @param kept     files that existed and were left as they were
     * @param problems why nothing was written (empty when the site was made)
     */
    public record Outcome(List<Path> written, List<Path> kept, List<Problem> problems) {
        public Outcome {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
            problems = List.copyOf(problems);
        }

        public boolean created() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private SiteInit() {
    }

    /** A new site with the sample answers. */
    public static Outcome create(Path dir, String name, String baseUrl) throws IOException {
        return create(dir, new Options(name, baseUrl, true));
    }

    public static Outcome create(Path dir, Options options) throws IOException {
        Path config = dir.resolve(SiteConfigReader.FILE_NAME);
        if (Files.exists(config)) {
            return refused(Problem.error(SourceRef.of(config.toString()), "this folder already has a site",
                    "faqsite init makes a new site; run 'faqsite build' or 'faqsite serve' here, or init another folder"));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return refused(Problem.error(SourceRef.of(dir.toString()), "not a folder", "name a new or existing folder"));
        }
        String siteYml = siteYml(options);
        Parsed<SiteConfig> parsed = SiteConfigReader.read(config.toString(), siteYml);
        if (parsed.hasErrors()) {
            return new Outcome(List.of(), List.of(), parsed.problems());
        }
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Map.Entry<String, String> file : files(options, siteYml).entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(target);
            } catch (FileAlreadyExistsException e) {
                kept.add(target);
            }
        }
        return new Outcome(written, kept, List.of());
    }

    /** The name a site gets when none is given: its folder's, in words ({@code acme-docs} → {@code Acme Docs}). */
    public static String defaultName(Path dir) {
        Path folder = dir.toAbsolutePath().normalize().getFileName();
        String words = folder == null ? "" : folder.toString().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "FAQ";
        }
        StringBuilder name = new StringBuilder();
        for (String word : words.split("\\s+")) {
            name.append(name.length() > 0 ? " " : "").append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }

    private static Outcome refused(Problem problem) {
        return new Outcome(List.of(), List.of(), List.of(problem));
    }

    /** Every file of the new site, relative to its folder, in the order they are written: the config last. */
    private static Map<String, String> files(Options options, String siteYml) throws IOException {
        String version = Release.current().version();
        String install = read("install-release.sh");
        Map<String, String> files = new LinkedHashMap<>();
        if (options.samples()) {
            String category = "content/faq/" + SAMPLE_CATEGORY + "/";
            for (String sample : List.of("_category.yml", "first-request.md", "request-errors.md")) {
                files.put(category + sample, read("content/" + sample));
            }
        }
        files.put(".gitignore", read("gitignore"));
        files.put(".github/workflows/faqsite.yml", ci("github-workflow.yml", version, install, 10));
        files.put(".gitlab-ci.yml", ci("gitlab-ci.yml", version, install, 6));
        // last: a folder with a site.yml is a site, so an init cut short is not mistaken for a finished one
        files.put(SiteConfigReader.FILE_NAME, siteYml);
        return files;
    }

    static String siteYml(Options options) throws IOException {
        return read("site.yml")
                .replace("@VERSION@", Release.current().version())
                .replace("@NAME@", yamlString(options.name()))
                .replace("@BASE_URL@", yamlString(options.baseUrl()))
                .replace("@CHECKS@", CommentedChecks.lines());
    }

    private static String ci(String template, String version, String install, int indent) throws IOException {
        String indented = install.strip().lines().map(line -> line.isEmpty() ? "" : " ".repeat(indent) + line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
        return read(template).replace("@VERSION@", version).replace("@RELEASE_URL@", RELEASE_URL_PLACEHOLDER)
                .replace("@INSTALL@", indented);
    }

    /** A YAML double-quoted scalar: the name may hold quotes, colons or a '#'. */
    private static String yamlString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private static String read(String name) throws IOException {
        try (var in = SiteInit.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IOException("faqsite's jar lacks its init template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
