package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.model.Crumb;
import dev.faqsite.model.FrontMatter;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.Region;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.render.Views.KeyCheckView;
import dev.faqsite.render.Views.QuestionLink;
import dev.faqsite.render.Views.RegionRow;
import dev.faqsite.render.Views.ToolsView;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of the key checker — {@code /tools/} and {@code /tools/key-check/} — and its widget on question pages:
 * their view objects, and the checks that the config's links to FAQ answers point at published pages.
 */
final class KeyCheckPages {

    static final String TOOLS_URL = KeyCheckConfig.TOOLS_PATH;
    static final String URL = KeyCheckConfig.PAGE_PATH;
    static final String TITLE = "Key checker";
    static final String DESCRIPTION = "Check whether a new API key already works in every regional site of the API, and what to do if not.";

    private KeyCheckPages() {
    }

    static KeyCheckView view(SiteConfig site, KeyCheckConfig config) {
        List<RegionRow> rows = config.demo()
                ? config.demoRegions().stream().map(r -> new RegionRow(r.id(), r.label(), r.location())).toList()
                : config.regions().stream().map(r -> new RegionRow(r.id(), r.label(), r.location())).toList();
        Optional<Region> first = config.regions().stream().findFirst();
        return new KeyCheckView("Check your API key in every region", URL, KeyCheckConfig.API_PATH, KeyCheckConfig.DEMO_KEYS_PATH, config.demo(),
                demoSpan(config), rows,
                // the simulated regions answer the API's default probe
                "GET " + first.map(Region::probePath).orElse(KeyCheckConfig.DEFAULT_PROBE_PATH),
                first.map(Region::keyHeader).orElse(KeyCheckConfig.DEFAULT_KEY_HEADER),
                (int) config.retry().first().toSeconds(), (int) config.retry().max().toSeconds(), (int) config.retry().stopAfter().toMinutes(),
                config.answers().notRecognised().map(KeyCheckConfig.AnswerLink::href).orElse(""), site.supportUrl());
    }

    private static String demoSpan(KeyCheckConfig config) {
        long seconds = config.demoRegions().stream().mapToLong(r -> r.propagationDelay().toSeconds()).max().orElse(0);
        if (seconds < 90) {
            return "about " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = Math.round(seconds / 60.0);
        return "about " + minutes + " minutes";
    }

    static ToolsView tools() {
        return new ToolsView("Tools", "Tools that help with the API, beside the answers.", List.of(new QuestionLink(TITLE, URL, DESCRIPTION)));
    }

    static List<Crumb> toolsCrumbs() {
        return List.of(new Crumb("Home", "/"), new Crumb("Tools", TOOLS_URL));
    }

    static List<Crumb> crumbs() {
        return List.of(new Crumb("Home", "/"), new Crumb("Tools", TOOLS_URL), new Crumb(TITLE, URL));
    }

    static boolean wantsWidget(Question question) {
        return question.frontMatter().widgets().contains(FrontMatter.KEY_CHECK_WIDGET);
    }

    /** Every site path an answer link may name must be a published page. */
    static void checkAnswers(KeyCheckConfig config, NavTree tree, Problems problems) {
        Set<String> pages = new HashSet<>(List.of("/", "/faq/", TOOLS_URL, URL));
        tree.sections().forEach(s -> pages.add(s.category().url()));
        tree.readingOrder().forEach(q -> pages.add(q.url()));
        KeyCheckConfig.Answers answers = config.answers();
        for (Optional<KeyCheckConfig.AnswerLink> link : List.of(answers.notRecognised(), answers.rateLimited(), answers.forbidden())) {
            link.filter(l -> l.href().startsWith("/"))
                    .filter(l -> !pages.contains(l.href().split("#", 2)[0]))
                    .ifPresent(l -> problems.add(Problem.error(l.at(), "the key checker links to a missing page: " + l.href(),
                            "no published page has that URL; check the path, its trailing slash, and that the answer is not a draft")));
        }
    }
}
