package dev.faqsite.cli;

import dev.faqsite.build.SiteBuilder;
import dev.faqsite.diag.Problems;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.PageCatalog;
import dev.faqsite.ratings.PageRating;
import dev.faqsite.ratings.RatingsReport;
import dev.faqsite.ratings.RatingsSetup;
import dev.faqsite.ratings.ReportFormat;
import dev.faqsite.ratings.VoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code faqsite ratings report}: every page with its votes, worst first. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print every page's votes on its live version, worst first: average, distribution, and the change "
                + "since the version before. Reads the database in site.yml's ratings section and the page manifest of the built site (--out).")
final class RatingsReportCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yml (default: ${DEFAULT-VALUE}).")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "The built site, with its pages.json (default: target/site in the site's folder).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--category", paramLabel = "ID", description = "Only this category's pages.")
    Optional<String> category = Optional.empty();

    @Override
    public Integer call() throws Exception {
        ReportFormat chosen;
        try {
            chosen = ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("faqsite: unknown --format '" + format + "' (use table, csv or json)");
            return ExitCode.USAGE;
        }
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteBuilder.loadConfig(source, problems);
        problems.sorted().forEach(p -> System.err.println(p.format()));
        if (config.isEmpty()) {
            return ExitCode.USAGE;
        }
        Path built = out != null ? out : source.resolve(SiteOptions.DEFAULT_OUT);
        PageCatalog catalog;
        try {
            catalog = ManifestFile.read(built);
        } catch (IOException e) {
            System.err.println("faqsite: cannot read the page manifest in " + built + ": " + e.getMessage()
                    + " (run 'faqsite build' first, with the same --out)");
            return ExitCode.USAGE;
        }
        if (category.isPresent() && catalog.categories().stream().noneMatch(c -> c.id().equals(category.get()))) {
            System.err.println("faqsite: no category '" + category.get() + "' in the site (known: "
                    + String.join(", ", catalog.categories().stream().map(PageCatalog.CategoryName::id).toList()) + ")");
            return ExitCode.USAGE;
        }
        List<PageRating> rows;
        try (VoteStore store = JdbcVoteStore.open(RatingsSetup.resolve(config.get().ratings(), source, System.getenv()).database())) {
            rows = RatingsReport.build(store.tallies(), catalog, category);
        } catch (RatingsSetup.SetupException | VoteStore.StoreException e) {
            System.err.println("faqsite: ratings: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        chosen.write(rows, out);
        out.flush();
        return ExitCode.OK;
    }
}
