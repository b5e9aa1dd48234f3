package dev.faqsite.render;

import dev.faqsite.diag.Problems;
import dev.faqsite.diag.Timings;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.SourceDates;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One complete bake: open a {@link BakeSession}, bake everything, close it. */
public final class Bakery {

    /**
     * What to bake.
     *
     * @param siteRoot      folder holding {@code content/} and optionally {@code templates/}
     * @param destination   empty folder to write the site into
     * @param workDir       scratch folder for the merged templates
     * @param includeDrafts whether draft questions are published
     * @param dates         when each source file last changed, for pages whose front matter gives no date
     */
    public record Request(Path siteRoot, SiteConfig config, MarkdownRenderer markdown, Path destination, Path workDir,
                          boolean includeDrafts, SourceDates dates, Timings timings) {
    }

    /**
     * What was baked.
     *
     * @param pages     every HTML page written, with what traces it to its sources
     * @param templates every template's text
     */
    public record Outcome(List<RenderedPage> pages, int questions, NavTree tree, List<TemplateSource> templates) {
    }

    private Bakery() {
    }

    /**
     * Bakes as much as the content allows (see {@link BakeSession#bakeDespiteErrors}).
     *
     * @return empty when nothing could be baked; {@code problems} may hold errors beside an outcome: the caller decides
     */
    public static Optional<Outcome> bake(Request request, Problems problems) throws Exception {
        Optional<BakeSession> session = BakeSession.open(request, problems);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        try (BakeSession open = session.get()) {
            return open.bakeDespiteErrors(request.destination(), problems);
        }
    }
}
