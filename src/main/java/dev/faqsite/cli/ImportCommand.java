package dev.faqsite.cli;

import dev.faqsite.importer.DocusaurusConfig;
import dev.faqsite.importer.DocusaurusImporter;
import dev.faqsite.importer.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code faqsite import docusaurus}: bring another generator's docs over, with a report of what could not come. */
@Command(name = "import", description = "Bring existing docs over into a faqsite site.", mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.Docusaurus.class})
final class ImportCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("faqsite import docusaurus <docs-folder> [--into DIR] [--route-base /docs]");
    }

    @Command(name = "docusaurus", mixinStandardHelpOptions = true,
            description = "Import a Docusaurus docs folder: categories, pages, MDX, links, static files, and redirects from the old URLs. "
                    + "Prints a report and saves it as import-report.txt in the site. Exit 0: every page came over; 1: some could not; 2: usage.")
    static final class Docusaurus implements Callable<Integer> {

        @Parameters(paramLabel = "DOCS", description = "The Docusaurus docs folder, e.g. website/docs.")
        Path docs;

        @Option(names = "--into", paramLabel = "DIR", description = "The faqsite site to import into; created when it has no site.yml (default: ${DEFAULT-VALUE}).")
        Path into = Path.of(".");

        @Option(names = "--route-base", paramLabel = "PATH", description = "The docs' URL prefix on the old site, for the redirects "
                + "(default: the docs' routeBasePath in docusaurus.config.js beside the docs folder, else /docs).")
        String routeBase;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(docs)) {
                System.err.println("faqsite: " + docs + " is not a folder (give the Docusaurus docs folder, e.g. website/docs)");
                return ExitCode.USAGE;
            }
            if (routeBase == null) {
                routeBase = DocusaurusConfig.of(docs).routeBasePath().orElse("/docs");
            }
            if (!routeBase.startsWith("/") || routeBase.contains(" ") || routeBase.contains("?") || routeBase.contains("#")) {
                System.err.println("faqsite: --route-base '" + routeBase + "' is not a URL path (write it as Docusaurus's routeBasePath with a leading slash, e.g. /docs or /)");
                return ExitCode.USAGE;
            }
            if (Files.exists(into) && !Files.isDirectory(into)) {
                System.err.println("faqsite: --into " + into + " is a file (give a folder: the site to import into)");
                return ExitCode.USAGE;
            }
            Files.createDirectories(into);
            ImportReport report = DocusaurusImporter.run(new DocusaurusImporter.Request(docs, into, routeBase));
            System.out.print(report.format());
            System.out.println("Old URLs taken under " + routeBase + " (--route-base)");
            System.out.println("Report saved as " + into.resolve(DocusaurusImporter.REPORT));
            return report.complete() ? ExitCode.OK : ExitCode.CONTENT;
        }
    }
}
