package dev.faqsite.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every doc goes in faqsite's one-level layout: each Docusaurus folder with docs becomes a category (deeper
 * folders flattened, labelled "Parent › Child"), each doc a question of its folder's category, ordered as Docusaurus
 * orders its sidebar; a folder's own page becomes the category's {@code _index.md}. Also indexes every doc by file,
 * id and URL, for links.
 */
final class ImportPlan {

    /** A faqsite category to write. */
    record Category(String id, String label, int position, String description, DocsFolder folder, Optional<DocSource> page,
                    List<String> oldUrls) {
    }

    /** A faqsite question to write. */
    record Page(DocSource doc, String categoryId, String slug, int order, Optional<String> oldUrl) {
        String file() {
            return "content/faq/" + categoryId + "/" + slug + ".md";
        }
    }

    /** Where a link to a doc now points: a question's file, or a category's page. */
    record Target(String categoryId, Optional<String> slug, Optional<String> source) {
        String file() {
            return "content/faq/" + categoryId + "/" + slug.orElse("_index") + ".md";
        }
    }

    static final String TOP_CATEGORY = "general";
    private static final Comparator<Double> POSITION = Comparator.nullsLast(Comparator.naturalOrder());

    final List<Category> categories = new ArrayList<>();
    final List<Page> pages = new ArrayList<>();
    final Map<String, Target> byFile = new HashMap<>();
    final Map<String, Target> byId = new HashMap<>();
    final Map<String, Target> byUrl = new HashMap<>();
    private final String routeBase;
    private final List<ImportNote> notes;
    private final Set<String> categoryIds = new HashSet<>();
    private final Map<String, DocSource> urlOwners = new HashMap<>();

    private ImportPlan(String routeBase, List<ImportNote> notes) {
        this.routeBase = routeBase;
        this.notes = notes;
    }

    static ImportPlan of(DocsFolder root, String routeBase, List<ImportNote> notes) {
        ImportPlan plan = new ImportPlan(routeBase, notes);
        plan.visit(root, List.of());
        return plan;
    }

    private void visit(DocsFolder folder, List<String> parentLabels) {
        boolean top = folder.relative().isEmpty();
        String label = top ? "General" : folder.meta().label().orElse(folder.name());
        List<String> labels = new ArrayList<>(parentLabels);
        if (!top) {
            labels.add(label);
        }
        Optional<DocSource> own = top ? Optional.empty() : ownPage(folder, true);
        Map<DocSource, Double> questions = new LinkedHashMap<>();
        folder.docs().stream().filter(d -> own.isEmpty() || d != own.get()).forEach(d -> questions.put(d, position(d)));
        List<DocsFolder> children = folder.children().stream().filter(DocsFolder::hasDocs)
                .sorted(Comparator.comparing((DocsFolder f) -> position(f), POSITION).thenComparing(DocsFolder::relative)).toList();
        // a folder holding only its own page is shown by Docusaurus as that page, not as a category ("index.md per page")
        List<DocsFolder> pageFolders = children.stream().filter(c -> c.children().stream().noneMatch(DocsFolder::hasDocs)
                && c.docs().size() == 1 && ownPage(c, false).isPresent()).toList();
        pageFolders.forEach(c -> questions.put(c.docs().get(0), c.docs().get(0).header().number("sidebar_position").orElse(position(c))));
        if (!questions.isEmpty() || own.isPresent()) {
            addCategory(folder, top, labels, own, questions);
        }
        children.stream().filter(c -> !pageFolders.contains(c)).forEach(child -> visit(child, labels));
    }

    private static Double position(DocsFolder folder) {
        return folder.meta().position().orElse(NumberPrefix.of(last(folder.relative())).number().map(Integer::doubleValue).orElse(null));
    }

    private void addCategory(DocsFolder folder, boolean top, List<String> labels, Optional<DocSource> own, Map<DocSource, Double> positions) {
        List<DocSource> docs = List.copyOf(positions.keySet());
        String id = unique(top ? TOP_CATEGORY : Routes.segment(NumberPrefix.stripPath(folder.relative()).replace('/', '-')));
        String label = top ? "General" : String.join(" › ", labels);
        CategoryMeta meta = folder.meta();
        String where = meta.file().orElse(docs.isEmpty() ? own.get().file() : docs.get(0).file());
        int whereLine = meta.yaml().map(y -> y.line("label")).orElse(1);
        if (labels.size() > 1) {
            notes.add(ImportNote.warning(where, whereLine, "category nested " + labels.size() + " levels deep",
                    "flattened to category '" + id + "' labelled '" + label + "'"));
        }
        if (top) {
            docs.forEach(d -> notes.add(ImportNote.warning(d.file(), 1, "page at the top of the docs folder",
                    "put in category '" + TOP_CATEGORY + "' labelled 'General'")));
        }
        List<String> oldUrls = new ArrayList<>();
        own.flatMap(page -> claim(Routes.url(routeBase, Routes.slug(page)), page)).ifPresent(oldUrls::add);
        if (meta.link().filter("generated-index"::equals).isPresent()) {
            String slug = meta.linkSlug().orElse("/category/" + Routes.segment(meta.label().orElse(folder.name())));
            oldUrls.add(Routes.url(routeBase, slug));
        }
        String description = meta.description().or(() -> own.flatMap(p -> p.string("description"))).orElse("");
        categories.add(new Category(id, label, categories.size() + 1, description, folder, own, oldUrls));
        Target categoryPage = new Target(id, Optional.empty(), own.map(DocSource::relative));
        own.ifPresent(page -> index(page, categoryPage));
        if (own.isEmpty() && meta.link().filter("generated-index"::equals).isPresent()) {
            byUrl.put(oldUrls.get(0), categoryPage);
        }
        Set<String> slugs = new HashSet<>();
        List<DocSource> ordered = docs.stream().sorted(Comparator.comparing((DocSource d) -> positions.get(d), POSITION)
                .thenComparing(DocSource::relative)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            DocSource doc = ordered.get(i);
            String wanted = slugOf(doc);
            String slug = wanted;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = wanted + "-" + n;
            }
            if (!slug.equals(wanted)) {
                notes.add(ImportNote.warning(doc.file(), 1, "another page of category '" + id + "' is named '" + wanted + "'",
                        "named this one '" + slug + "'"));
            }
            Page page = new Page(doc, id, slug, i + 1, claim(Routes.url(routeBase, Routes.slug(doc)), doc));
            pages.add(page);
            index(doc, new Target(id, Optional.of(slug), Optional.of(doc.relative())));
        }
    }

    /** The doc's old URL, unless an earlier doc has it too (Docusaurus serves one of them; the other is reported). */
    private Optional<String> claim(String url, DocSource doc) {
        String key = url.endsWith("/") && url.length() > 1 ? url.substring(0, url.length() - 1) : url;
        DocSource earlier = urlOwners.putIfAbsent(key, doc);
        if (earlier == null) {
            return Optional.of(url);
        }
        notes.add(ImportNote.warning(doc.file(), doc.header().has("slug") ? doc.header().line("slug") : doc.header().has("id")
                ? doc.header().line("id") : 1, "URL " + url + " is also the URL of " + earlier.file(), "no redirect from it to this page"));
        return Optional.empty();
    }

    /** The doc that is the folder's own page: {@code link: {type: doc, id}}, else index/README/same-named. */
    private Optional<DocSource> ownPage(DocsFolder folder, boolean report) {
        CategoryMeta meta = folder.meta();
        if (meta.link().filter(t -> !t.equals("doc")).isPresent()) {
            return Optional.empty();
        }
        if (meta.linkId().isPresent()) {
            String wanted = meta.linkId().get();
            Optional<DocSource> linked = folder.docs().stream()
                    .filter(d -> Routes.id(d).equals(wanted) || Routes.baseId(d).equals(wanted)).findFirst();
            if (linked.isEmpty() && report) {
                notes.add(ImportNote.warning(meta.file().orElseThrow(), meta.yaml().map(y -> y.line("link")).orElse(1),
                        "link.id '" + wanted + "' is not a doc of this folder", "the category has no page text of its own"));
            }
            return linked;
        }
        return folder.docs().stream().filter(Routes::isCategoryIndex).findFirst();
    }

    private void index(DocSource doc, Target target) {
        byFile.put(doc.relative(), target);
        byId.put(Routes.id(doc), target);
        String url = Routes.url(routeBase, Routes.slug(doc));
        byUrl.put(url, target);
        byUrl.put(url.endsWith("/") && url.length() > 1 ? url.substring(0, url.length() - 1) : url + "/", target);
    }

    private static Double position(DocSource doc) {
        return doc.header().number("sidebar_position")
                .orElse(NumberPrefix.of(doc.stem()).number().map(Integer::doubleValue).orElse(null));
    }

    /** The question's file name: the last segment of its Docusaurus slug, else its title's words. */
    private static String slugOf(DocSource doc) {
        String slug = Routes.slug(doc);
        String[] parts = slug.split("/");
        String segment = parts.length == 0 ? "" : Routes.segment(parts[parts.length - 1]);
        if (segment.isEmpty()) {
            segment = Routes.segment(doc.string("title").orElse(Routes.baseId(doc)));
        }
        return segment.isEmpty() ? "page" : segment;
    }

    private String unique(String wanted) {
        String id = wanted.isEmpty() ? TOP_CATEGORY : wanted;
        String candidate = id;
        for (int n = 2; !categoryIds.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Categories by id, in order. */
    Map<String, Category> categoriesById() {
        Map<String, Category> out = new LinkedHashMap<>();
        categories.forEach(c -> out.put(c.id(), c));
        return out;
    }
}
