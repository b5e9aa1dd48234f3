package dev.faqsite.report;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.CheckLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one run of {@code faqsite build} or {@code faqsite check} found, as every report format sees it.
 *
 * @param toolVersion faqsite's version
 * @param command     {@code build} or {@code check}
 * @param outcome     how the run ended
 * @param pages       pages built or checked (0 when the build failed)
 * @param checksRan   whether the checks ran (a plain build, or a config with errors, runs none)
 * @param problems    every problem, sorted
 * @param rules       every rule a problem can be filed under, with its level
 * @param paths       how a problem's path maps to the repository
 */
public record RunReport(String toolVersion, String command, Outcome outcome, int pages, boolean checksRan,
                        List<Problem> problems, List<Rule> rules, RepoPaths paths) {

    /** How a run ended, as reports name it. */
    public enum Outcome {
        BUILT("built"), CHECKED("checked"), FAILED("failed"), CONFIG_ERRORS("config-errors");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * A rule, or a kind of problem that is not a check's (the config's, the content's, the templates').
     *
     * @param id          e.g. {@code broken-link}, {@code content}
     * @param description one line
     * @param level       {@code error}, {@code warning} or {@code off}
     * @param check       whether it is one of the checks of the built site
     * @param onDemand    whether it runs only when asked ({@code external-link}: {@code check --external}) and was not
     */
    public record Rule(String id, String description, String level, boolean check, boolean onDemand) {
    }

    /** Problems of the config file. */
    public static final String CONFIG = "config";
    /** Problems of the content: front matter, categories, Markdown. */
    public static final String CONTENT = "content";
    /** Problems of the templates themselves (not a check's findings in what they produced). */
    public static final String TEMPLATE = "template";
    private static final String CONFIG_FILE = "site.yml";

    public RunReport {
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
    }

    /**
     * The three kinds of problem that are not a check's, then every check at its level.
     *
     * @param descriptions every check's one line, by id (the checks' own list)
     * @param levels       every check's level for this site, by id, in the order to list them
     * @param notAskedFor  the checks that run only when asked ({@code external-link}) and were not
     */
    public static List<Rule> rules(Map<String, String> descriptions, Map<String, CheckLevel> levels, Set<String> notAskedFor) {
        List<Rule> out = new ArrayList<>(List.of(
                new Rule(CONFIG, "site.yml is readable and valid", "error", false, false),
                new Rule(CONTENT, "front matter, categories and Markdown are valid", "error", false, false),
                new Rule(TEMPLATE, "templates render", "error", false, false)));
        levels.forEach((id, level) -> out.add(new Rule(id, descriptions.getOrDefault(id, ""), level.name().toLowerCase(Locale.ROOT),
                true, notAskedFor.contains(id))));
        return out;
    }

    /** The rule a problem is filed under: its check's, or the kind of file it is in. */
    public static String ruleOf(Problem problem) {
        if (!problem.rule().isEmpty()) {
            return problem.rule();
        }
        String path = problem.where().path();
        if (path.equals(CONFIG_FILE)) {
            return CONFIG;
        }
        return path.startsWith("templates/") || path.startsWith(RepoPaths.BUILT_IN) ? TEMPLATE : CONTENT;
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** {@code 2 errors, 1 warning} */
    public String summary() {
        return errors() + (errors() == 1 ? " error, " : " errors, ") + warnings() + (warnings() == 1 ? " warning" : " warnings");
    }
}
