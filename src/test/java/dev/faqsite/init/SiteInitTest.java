package dev.faqsite.init;

import dev.faqsite.content.Parsed;
import dev.faqsite.content.SiteConfigReader;
import dev.faqsite.model.CheckSettings;
import dev.faqsite.check.SiteChecker;
import dev.faqsite.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteInitTest {

    @TempDir
    Path dir;

    @Test
    void makesAConfigWithTheRequiredKeysSetAndNothingElse() throws Exception {
        SiteInit.Outcome outcome = SiteInit.create(dir.resolve("docs"), "Acme: \"the\" #1 API", "https://faq.acme.test/");

        assertTrue(outcome.created(), outcome.problems().toString());
        Parsed<SiteConfig> parsed = SiteConfigReader.read("site.yml", Files.readString(dir.resolve("docs/site.yml")));
        assertEquals(List.of(), parsed.problems());
        SiteConfig config = parsed.value().orElseThrow();
        assertEquals("Acme: \"the\" #1 API", config.name());
        assertEquals("https://faq.acme.test", config.baseUrl());
        assertFalse(config.search().enabled());
        assertFalse(config.ratings().enabled());
        assertTrue(config.keyCheck().isEmpty());
    }

    @Test
    void everyCommentedKeyIsValidOnceItsHashIsRemoved() throws Exception {
        SiteInit.create(dir, "Acme", "https://faq.acme.test");
        // a key line is '#' then the key (or its indentation); an explanation is '# ' then words
        String uncommented = Files.readString(dir.resolve("site.yml")).lines()
                .map(line -> line.matches("#(?! \\S).*") ? line.substring(1) : line)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();

        Parsed<SiteConfig> parsed = SiteConfigReader.read("site.yml", uncommented);

        assertEquals(List.of(), parsed.problems());
        SiteConfig config = parsed.value().orElseThrow();
        assertTrue(config.search().enabled());
        assertTrue(config.ratings().enabled());
        assertTrue(config.keyCheck().isPresent());
        assertEquals(SiteChecker.ruleDescriptions().keySet(), config.checks().levels().keySet(),
                "every rule is listed under checks:");
        assertEquals(SiteChecker.levels(CheckSettings.STRICT), config.checks().levels(), "each at its default level: errors, external links warnings");
        @SuppressWarnings("unchecked")
        Map<String, Object> keys = new Yaml().load(uncommented);
        assertEquals(List.of("name", "base_url", "language", "description", "support_url", "edit_url", "social_image", "navbar",
                "footer", "markdown", "sidebar", "checks", "search", "ratings", "key_check"), List.copyOf(keys.keySet()));
    }

    @Test
    void writesTwoSampleAnswersGitignoreAndCiFilesThatPinThisRelease() throws Exception {
        SiteInit.Outcome outcome = SiteInit.create(dir, "Acme", "https://faq.acme.test");

        assertEquals(List.of("content/faq/getting-started/_category.yml", "content/faq/getting-started/first-request.md",
                "content/faq/getting-started/request-errors.md", ".gitignore", ".github/workflows/faqsite.yml", ".gitlab-ci.yml",
                "site.yml"), outcome.written().stream().map(p -> dir.relativize(p).toString()).toList());
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains("target/\ndata/\n"));
        String version = Release.current().version();
        for (String ci : List.of(".github/workflows/faqsite.yml", ".gitlab-ci.yml")) {
            String text = Files.readString(dir.resolve(ci));
            new Yaml().load(text);
            assertTrue(text.contains("FAQSITE_VERSION: \"" + version + "\""), ci);
            assertTrue(text.contains("FAQSITE_RELEASE_URL: \"" + SiteInit.RELEASE_URL_PLACEHOLDER + "\""), ci);
            assertTrue(text.contains("| sha256sum -c -"), ci);
            assertTrue(text.contains("faqsite build --strict"), ci);
        }
        String answer = Files.readString(dir.resolve("content/faq/getting-started/request-errors.md"));
        assertTrue(answer.contains("](first-request.md#send-the-request)"), "links to another answer's heading");
    }

    @Test
    void refusesAFolderThatAlreadyHasASiteAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("site.yml"), "name: Mine\n");

        SiteInit.Outcome outcome = SiteInit.create(dir, "Acme", "https://faq.acme.test");

        assertFalse(outcome.created());
        assertEquals(dir.resolve("site.yml") + ":1:1: error: this folder already has a site (faqsite init makes a new site; "
                + "run 'faqsite build' or 'faqsite serve' here, or init another folder)", outcome.problems().get(0).format());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("site.yml")), files.toList());
        }
        assertEquals("name: Mine\n", Files.readString(dir.resolve("site.yml")));
    }

    @Test
    void refusesABaseUrlThatIsNotAbsoluteBeforeWritingAnything() throws Exception {
        SiteInit.Outcome outcome = SiteInit.create(dir.resolve("new"), "Acme", "faq.acme.test");

        assertFalse(outcome.created());
        assertTrue(outcome.problems().get(0).message().contains("'base_url' must be an absolute http(s) URL"), outcome.problems().toString());
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void keepsFilesThatExistAndListsThem() throws Exception {
        Files.writeString(dir.resolve(".gitignore"), "*.log\n");

        SiteInit.Outcome outcome = SiteInit.create(dir, new SiteInit.Options("Acme", "https://faq.acme.test", false));

        assertTrue(outcome.created());
        assertEquals(List.of(dir.resolve(".gitignore")), outcome.kept());
        assertEquals("*.log\n", Files.readString(dir.resolve(".gitignore")));
        assertFalse(Files.exists(dir.resolve("content")), "no sample answers when asked for none");
    }

    @Test
    void namesASiteAfterItsFolder() {
        assertEquals("Acme Api Docs", SiteInit.defaultName(Path.of("/work/acme-api_docs")));
    }
}
