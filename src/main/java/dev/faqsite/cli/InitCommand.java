package dev.faqsite.cli;

import dev.faqsite.diag.Problem;
import dev.faqsite.init.SiteInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code faqsite init [DIR]}: a new site, ready to build, with CI files that install this release. */
@Command(name = "init", description = "Create a new site in DIR: site.yml, two sample answers, .gitignore and CI files for GitHub and GitLab Pages.",
        mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The site's folder, created if needed (default: the current folder).")
    Path dir = Path.of(".");

    @Option(names = "--name", description = "The site's name, in every page title (default: the folder's name).")
    String name;

    @Option(names = "--base-url", paramLabel = "URL", description = "The absolute URL the site will be published at (default: ${DEFAULT-VALUE}).")
    String baseUrl = "https://docs.example.com";

    @Override
    public Integer call() throws Exception {
        SiteInit.Outcome outcome = SiteInit.create(dir, name != null ? name : SiteInit.defaultName(dir), baseUrl);
        if (!outcome.created()) {
            outcome.problems().stream().map(Problem::format).forEach(System.err::println);
            System.err.println("Nothing was written.");
            return ExitCode.USAGE;
        }
        Path root = dir.toAbsolutePath().normalize();
        outcome.written().forEach(f -> System.out.println("created " + root.relativize(f.toAbsolutePath().normalize())));
        outcome.kept().forEach(f -> System.out.println("kept    " + root.relativize(f.toAbsolutePath().normalize()) + " (it exists)"));
        String folder = dir.toString();
        // quoted for a POSIX shell when it holds anything but a path's usual characters
        String shown = folder.matches("[A-Za-z0-9._/~+-]+") ? folder : "'" + folder.replace("'", "'\\''") + "'";
        String cd = dir.equals(Path.of(".")) ? "" : "cd " + shown + " && ";
        System.out.println();
        System.out.println("A new site in " + root + ". Next:");
        System.out.println("  " + cd + "faqsite serve          # build it and open http://localhost:8080/");
        System.out.println("  " + cd + "faqsite new question --category " + SiteInit.SAMPLE_CATEGORY + " \"Your question?\"");
        System.out.println("Before the first push, set FAQSITE_RELEASE_URL and FAQSITE_SHA256 in .github/workflows/faqsite.yml"
                + " or .gitlab-ci.yml" + (baseUrl.contains("example.com") ? ", and base_url in site.yml." : "."));
        return ExitCode.OK;
    }
}
