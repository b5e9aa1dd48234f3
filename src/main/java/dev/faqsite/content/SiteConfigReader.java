package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckSettings;
import dev.faqsite.model.Footer;
import dev.faqsite.model.FooterColumn;
import dev.faqsite.model.Link;
import dev.faqsite.model.Navbar;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.SearchSettings;
import dev.faqsite.model.SidebarSettings;
import dev.faqsite.model.SiteConfig;

import java.util.ArrayList;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code site.yml}. Every unknown key and every wrong type is an error naming the key and its
 * line: a typo in the config must never be silently ignored.
 */
public final class SiteConfigReader {

    public static final String FILE_NAME = "site.yml";
    /** Used when the config does not choose: every extension the shipped content relies on. */
    public static final List<String> DEFAULT_EXTENSIONS = List.of("tables", "strikethrough", "tasklist", "autolink", "anchorlink",
            "admonitions", "footnotes");

    private static final Set<String> KEYS = Set.of("name", "base_url", "language", "description", "support_url",
            "navbar", "footer", "markdown", "sidebar", "checks", "ratings", "edit_url", "search", "social_image", "key_check");
    private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s/]+(/[^\\s]*)?");

    private SiteConfigReader() {
    }

    public static Parsed<SiteConfig> read(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<SiteConfig> config = YamlText.mapping(text, path, 0, "site config", problems).map(f -> {
            f.rejectUnknown(KEYS);
            String name = f.requiredString("name", "add 'name: Your Docs'");
            String baseUrl = f.requiredString("base_url", "add 'base_url: https://docs.example.com'");
            if (!baseUrl.isEmpty() && !BASE_URL.matcher(baseUrl).matches()) {
                problems.add(Problem.error(f.start(), "'base_url' must be an absolute http(s) URL, got '" + baseUrl + "'",
                        "write e.g. https://docs.example.com"));
            }
            Navbar navbar = f.mapping("navbar").map(n -> navbar(n, name)).orElse(new Navbar(name, "", List.of(), List.of(), null));
            Footer footer = f.mapping("footer").map(SiteConfigReader::footer).orElse(new Footer(List.of(), ""));
            Optional<YamlFields> markdown = f.mapping("markdown");
            markdown.ifPresent(m -> m.rejectUnknown(Set.of("extensions")));
            List<String> extensions = markdown.filter(m -> m.has("extensions")).map(m -> m.strings("extensions"))
                    .orElse(DEFAULT_EXTENSIONS);
            SourceRef extensionsAt = markdown.map(m -> m.keyAt("extensions")).orElse(SourceRef.of(path));
            SidebarSettings sidebar = f.mapping("sidebar").map(s -> sidebar(s, problems)).orElse(SidebarSettings.DEFAULT);
            SearchSettings search = f.mapping("search").map(SiteConfigReader::search).orElse(SearchSettings.off(path));
            return new SiteConfig(name, stripTrailingSlash(baseUrl), f.string("language").orElse("en"),
                    f.string("description").orElse(""), f.string("support_url").orElse(""), navbar, footer, extensions, extensionsAt,
                    sidebar, f.mapping("checks").map(SiteConfigReader::checks).orElse(CheckSettings.STRICT),
                    f.mapping("ratings").map(RatingsConfigReader::read).orElse(RatingsConfig.disabled()),
                    editUrl(f, problems), search, socialImage(f, problems),
                    f.mapping("key_check").map(k -> KeyCheckConfigReader.read(k, problems)));
        });
        boolean unusable = problems.stream().anyMatch(Problem::isError);
        return new Parsed<>(unusable ? Optional.empty() : config, problems);
    }

    /** The rules' names are the checks' to judge (they are listed there); here only the levels. */
    private static CheckSettings checks(YamlFields c) {
        Map<String, CheckLevel> levels = new HashMap<>();
        Map<String, SourceRef> written = c.keyPositions();
        for (String rule : written.keySet()) {
            c.oneOf(rule, List.of("error", "warning", "off"))
                    .ifPresent(level -> levels.put(rule, CheckLevel.valueOf(level.toUpperCase(Locale.ROOT))));
        }
        return new CheckSettings(levels, written);
    }

    private static String editUrl(YamlFields f, List<Problem> problems) {
        String pattern = f.string("edit_url").orElse("").strip();
        if (!pattern.isEmpty() && (!BASE_URL.matcher(pattern).matches() || !pattern.contains(SiteConfig.EDIT_PATH))) {
            problems.add(Problem.error(f.keyAt("edit_url"), "'edit_url' must be an absolute http(s) URL containing "
                    + SiteConfig.EDIT_PATH + ", got '" + pattern + "'",
                    "write e.g. https://github.com/you/docs/edit/main/{path}; {path} becomes e.g. content/faq/general/what.md"));
            return "";
        }
        return pattern;
    }

    private static SearchSettings search(YamlFields s) {
        s.rejectUnknown(Set.of("enabled"));
        return new SearchSettings(s.bool("enabled").orElse(false), s.keyAt("enabled"));
    }

    private static String socialImage(YamlFields f, List<Problem> problems) {
        String image = f.string("social_image").orElse("").strip();
        if (!image.isEmpty() && !image.startsWith("/") && !BASE_URL.matcher(image).matches()) {
            problems.add(Problem.error(f.keyAt("social_image"), "'social_image' must be a site path or an absolute http(s) URL, got '"
                    + image + "'", "write e.g. /assets/img/social.png (1200×630 pixels, PNG or JPEG)"));
            return "";
        }
        return image;
    }

    private static SidebarSettings sidebar(YamlFields s, List<Problem> problems) {
        s.rejectUnknown(Set.of("max_items", "inline_items"));
        int maxItems = s.integer("max_items").orElse(SidebarSettings.DEFAULT.maxItems());
        int inlineItems = s.integer("inline_items").orElse(SidebarSettings.DEFAULT.inlineItems());
        if (maxItems < 1) {
            problems.add(Problem.error(s.keyAt("max_items"), "'sidebar.max_items' must be at least 1", "write e.g. 50"));
        }
        if (inlineItems < 0) {
            problems.add(Problem.error(s.keyAt("inline_items"), "'sidebar.inline_items' must not be negative", "write e.g. 20"));
        }
        return new SidebarSettings(Math.max(1, maxItems), Math.max(0, inlineItems));
    }

    private static Navbar navbar(YamlFields n, String siteName) {
        n.rejectUnknown(Set.of("title", "logo", "products", "links", "cta"));
        Link cta = n.mapping("cta").map(SiteConfigReader::link).orElse(null);
        return new Navbar(n.string("title").orElse(siteName), n.string("logo").orElse(""), links(n, "products"),
                links(n, "links"), cta);
    }

    private static Footer footer(YamlFields f) {
        f.rejectUnknown(Set.of("columns", "copyright"));
        List<FooterColumn> columns = f.mappings("columns").stream().map(c -> {
            c.rejectUnknown(Set.of("title", "links"));
            return new FooterColumn(c.requiredString("title", "give the column a title"), links(c, "links"));
        }).toList();
        return new Footer(columns, f.string("copyright").orElse(""));
    }

    private static List<Link> links(YamlFields parent, String key) {
        return parent.mappings(key).stream().map(SiteConfigReader::link).toList();
    }

    private static Link link(YamlFields l) {
        l.rejectUnknown(Set.of("label", "href"));
        return new Link(l.requiredString("label", "add 'label: Text'"), l.requiredString("href", "add 'href: /path or https://…'"));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
