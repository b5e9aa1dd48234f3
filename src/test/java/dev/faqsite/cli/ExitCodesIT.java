package dev.faqsite.cli;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExitCodesIT {

    @TempDir
    Path out;

    @Test
    void exitsZeroWhenTheSiteIsBuilt() {
        assertEquals(0, Main.run("build", "--source", Sites.fixture("small").toString(), "--out", out.resolve("s").toString()));
    }

    @Test
    void exitsOneForContentProblems() {
        assertEquals(1, Main.run("build", "--source", Sites.fixture("invalid/missing-title").toString(), "--out", out.resolve("s").toString()));
    }

    @Test
    void exitsTwoForConfigProblemsAndBadUsage() {
        assertEquals(2, Main.run("build", "--source", Sites.fixture("invalid/unknown-config-key").toString(), "--out", out.resolve("s").toString()));
        assertEquals(2, Main.run("build", "--no-such-option"));
        assertEquals(2, Main.run("build", "--source", out.resolve("no-site-here").toString(), "--out", out.resolve("s").toString()));
    }
}
