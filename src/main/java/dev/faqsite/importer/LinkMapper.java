package dev.faqsite.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a link of an imported doc now points. Links to docs — by file ({@code ../billing/refunds.md}), by URL
 * ({@code /docs/billing/refunds}) or by id ({@code billing/refunds}) — become links to the new {@code .md} files
 * (or to a category's page); files of {@code static/} ({@code /img/x.png}, {@code @site/static/img/x.png}) and files
 * beside the docs are copied into the site's assets. Anything else is left as written and reported.
 */
final class LinkMapper {

    static final String ASSETS = "templates/assets/imported/";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final ImportPlan plan;
    private final String routeBase;
    private final Path docsRoot;
    private final Path staticRoot;
    private final Map<String, Path> assets;
    private final List<ImportNote> notes;
    private final HeadingIds headingIds;

    /** @param assets collects the files to copy: path under the new site → the file */
    LinkMapper(ImportPlan plan, HeadingIds headingIds, String routeBase, Path docsRoot, Path staticRoot, Map<String, Path> assets,
               List<ImportNote> notes) {
        this.headingIds = headingIds;
        this.plan = plan;
        this.routeBase = routeBase.endsWith("/") && routeBase.length() > 1 ? routeBase.substring(0, routeBase.length() - 1) : routeBase;
        this.docsRoot = docsRoot;
        this.staticRoot = staticRoot;
        this.assets = assets;
        this.notes = notes;
    }

    /**
     * @param doc     the doc the link is in
     * @param newFile the file the doc becomes, e.g. {@code content/faq/billing/refunds.md}
     */
    String map(DocSource doc, String newFile, String href, int line) {
        return map(doc, newFile, href, line, false);
    }

    /** @param html whether the link is an HTML attribute, which the build does not resolve: a page's URL then */
    String map(DocSource doc, String newFile, String href, int line, boolean html) {
        if (href.startsWith("#")) {
            return "#" + headingIds.map(doc.relative(), href.substring(1));
        }
        if (href.startsWith("pathname://")) {
            return href.substring("pathname://".length()); // Docusaurus's escape hatch: a URL it must not touch
        }
        if (href.isEmpty() || href.startsWith("//") || SCHEME.matcher(href).find()) {
            return href;
        }
        int cut = firstOf(href, '#', '?');
        String path = cut < 0 ? href : href.substring(0, cut);
        String rest = cut < 0 ? "" : href.substring(cut);
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String folder = doc.folder().isEmpty() ? "/" : "/" + doc.folder() + "/";
        Optional<String> asset = Optional.empty();
        Optional<ImportPlan.Target> target = Optional.empty();
        if (decoded.startsWith("@site/static/")) {
            asset = asset(staticRoot, decoded.substring("@site/static/".length()), "static/");
        } else if (decoded.endsWith(".md") || decoded.endsWith(".mdx")) {
            target = Optional.ofNullable(plan.byFile.get(Routes.resolve(decoded, folder).substring(1)));
        } else if (decoded.equals(routeBase) || decoded.startsWith(routeBase + "/")) {
            target = Optional.ofNullable(plan.byUrl.get(Routes.normalize(decoded)));
        } else if (decoded.startsWith("/")) {
            asset = asset(staticRoot, decoded.substring(1), "static/");
        } else {
            asset = asset(docsRoot, Routes.resolve(decoded, folder).substring(1), "docs/");
            String pageFolder = Routes.url(routeBase, Routes.slug(doc)).replaceFirst("[^/]*$", "");
            target = Optional.ofNullable(plan.byId.get(decoded))
                    .or(() -> Optional.ofNullable(plan.byId.get(NumberPrefix.stripPath(doc.folder()) + "/" + decoded)))
                    .or(() -> Optional.ofNullable(plan.byUrl.get(Routes.resolve(decoded, pageFolder))));
        }
        if (target.isPresent()) {
            return link(newFile, target.get(), html) + fragment(target.get(), rest);
        }
        if (asset.isPresent()) {
            return asset.get() + rest;
        }
        notes.add(ImportNote.warning(doc.file(), line, "link to " + path + ", which is not an imported doc nor a static file",
                "left as written"));
        return href;
    }

    /** The fragment of a link to a doc, mapped to the heading's new id. */
    private String fragment(ImportPlan.Target target, String rest) {
        if (!rest.startsWith("#") || target.source().isEmpty()) {
            return rest;
        }
        return "#" + headingIds.map(target.source().get(), rest.substring(1));
    }

    /** A link from {@code fromFile} to a target: relative to the {@code .md} file, or a category page's URL. */
    private static String link(String fromFile, ImportPlan.Target target, boolean html) {
        if (target.slug().isEmpty()) {
            return "/faq/" + target.categoryId() + "/";
        }
        if (html) {
            return "/faq/" + target.categoryId() + "/" + target.slug().get() + "/";
        }
        String fromCategory = fromFile.split("/")[2];
        return (fromCategory.equals(target.categoryId()) ? "" : "../" + target.categoryId() + "/") + target.slug().get() + ".md";
    }

    private Optional<String> asset(Path root, String relative, String prefix) {
        if (root == null || relative.isEmpty() || relative.contains("..")) {
            return Optional.empty();
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file) || file.toString().endsWith(".md") || file.toString().endsWith(".mdx")) {
            return Optional.empty();
        }
        String target = ASSETS + prefix + relative;
        assets.put(target, file);
        return Optional.of("/assets/imported/" + prefix + relative.replace("%", "%25").replace(" ", "%20"));
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
