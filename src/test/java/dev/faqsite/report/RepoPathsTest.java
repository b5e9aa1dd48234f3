package dev.faqsite.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepoPathsTest {

    private static final Path REPO = Path.of("/work/checkout");

    @Test
    void aSiteInASubfolderOfTheGithubWorkspaceGetsThatFolderBeforeItsPaths() {
        RepoPaths paths = RepoPaths.of(REPO.resolve("docs/faq"), Optional.empty(), Map.of("GITHUB_WORKSPACE", REPO.toString()));
        assertEquals(Optional.of("docs/faq/content/faq/a/b.md"), paths.inRepository("content/faq/a/b.md"));
    }

    @Test
    void gitlabsProjectDirWorksTheSame() {
        RepoPaths paths = RepoPaths.of(REPO.resolve("site"), Optional.empty(), Map.of("CI_PROJECT_DIR", REPO.toString()));
        assertEquals(Optional.of("site/site.yml"), paths.inRepository("site.yml"));
    }

    @Test
    void anExplicitRootWinsOverTheEnvironment() {
        RepoPaths paths = RepoPaths.of(REPO.resolve("docs"), Optional.of(REPO), Map.of("GITHUB_WORKSPACE", "/elsewhere"));
        assertEquals(Optional.of("docs/site.yml"), paths.inRepository("site.yml"));
    }

    @Test
    void aSiteAtTheRootOrOutsideItKeepsItsOwnPaths() {
        assertEquals(Optional.of("site.yml"), RepoPaths.of(REPO, Optional.of(REPO), Map.of()).inRepository("site.yml"));
        assertEquals(Optional.of("site.yml"), RepoPaths.of(Path.of("/tmp/other"), Optional.of(REPO), Map.of()).inRepository("site.yml"));
    }

    @Test
    void builtInTemplatesAreInNoFileOfTheRepository() {
        assertEquals(Optional.empty(), new RepoPaths("docs").inRepository("built-in templates/question.ftl"));
    }

    @Test
    void reportFilesTellTheirFormatByTheirName() {
        assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.byFileName("out/faqsite.sarif"));
        assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.byFileName("faqsite.sarif.json"));
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.byFileName("faqsite.json"));
        assertEquals(Optional.of(ReportFormat.JUNIT), ReportFormat.byFileName("TEST-faqsite.xml"));
        assertEquals(Optional.empty(), ReportFormat.byFileName("faqsite.report"));
    }
}
