package dev.faqsite.importer;

import dev.faqsite.content.CategoryReader;
import dev.faqsite.model.Category;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code faqsite import docusaurus}: reads a Docusaurus docs folder, plans where each doc goes, converts every doc
 * in memory, then writes the categories, questions, category pages and static files into a faqsite site (created
 * when the folder has none), never over an existing file, and the report beside them.
 */
public final class DocusaurusImporter {

    /** The report's file name, in the site folder. */
    public static final String REPORT = "import-report.txt";

    /**
     * What to import.
     *
     * @param docs      the Docusaurus docs folder
     * @param into      the faqsite site folder
     * @param routeBase the docs' URL prefix on the old site, e.g. {@code /docs}
     */
    public record Request(Path docs, Path into, String routeBase) {
    }

    private DocusaurusImporter() {
    }

    public static ImportReport run(Request request) throws IOException {
        List<ImportNote> notes = new ArrayList<>();
        Path docs = request.docs().toAbsolutePath().normalize();
        Path parent = docs.getParent() == null ? docs : docs.getParent();
        String display = docs.getFileName() == null ? "docs" : docs.getFileName().toString();
        DocsFolder root = DocsFolder.read(docs, display, notes);
        ImportPlan plan = ImportPlan.of(root, request.routeBase(), notes);
        Map<String, Path> assets = new TreeMap<>();
        LinkMapper mapper = new LinkMapper(plan, HeadingIds.of(root), request.routeBase(), docs, parent.resolve("static"), assets, notes);

        Map<String, String> files = new LinkedHashMap<>();
        Map<String, DocSource> fileSource = new LinkedHashMap<>();
        Map<String, Integer> redirects = new LinkedHashMap<>();
        int after = lastPosition(request.into());
        for (ImportPlan.Category category : plan.categories) {
            files.put("content/faq/" + category.id() + "/_category.yml", categoryFile(category, after, notes));
            if (category.page().isPresent() || !category.oldUrls().isEmpty()) {
                String file = "content/faq/" + category.id() + "/_index.md";
                Optional<String> body = category.page().flatMap(page -> convert(page, docs, file, mapper, notes))
                        .map(converted -> categoryBody(category, converted, notes));
                if (category.page().isPresent() && body.isEmpty()) {
                    continue;
                }
                files.put(file, PageHeader.categoryPage(category.oldUrls()) + body.orElse(""));
                category.page().ifPresent(p -> fileSource.put(file, p));
                redirects.put(file, category.oldUrls().size());
            }
        }
        for (ImportPlan.Page page : plan.pages) {
            DocSource doc = page.doc();
            Optional<MdxConverter.Body> converted = convert(doc, docs, page.file(), mapper, notes);
            if (converted.isEmpty()) {
                continue;
            }
            List<String> body = new ArrayList<>(converted.get().lines());
            String title = PageHeader.title(doc, converted.get(), body, notes);
            boolean draft = doc.header().bool("draft").orElse(false);
            Optional<String> oldUrl = draft ? Optional.empty() : page.oldUrl();
            redirects.put(page.file(), oldUrl.isPresent() ? 1 : 0);
            files.put(page.file(), PageHeader.question(doc, title, page.order(), oldUrl, notes) + String.join("\n", body) + "\n");
            fileSource.put(page.file(), doc);
        }
        NewSite.createIfMissing(request.into(), docs, display, notes);
        for (String sidebars : List.of("sidebars.js", "sidebars.ts")) {
            if (Files.isRegularFile(parent.resolve(sidebars))) {
                notes.add(ImportNote.warning(sidebars, 1, "sidebar file not read (it is code)",
                        "categories and their order come from the folders, _category_ files and sidebar_position"));
            }
        }
        List<String> written = write(request.into(), files, fileSource, notes);
        copyAssets(request.into(), assets, notes);
        int pages = (int) written.stream().filter(f -> !f.endsWith("/_index.md") && !f.endsWith("/_category.yml")).count();
        int redirectCount = written.stream().mapToInt(f -> redirects.getOrDefault(f, 0)).sum();
        ImportReport report = new ImportReport(notes, pages, plan.categories.size(), redirectCount);
        Files.writeString(request.into().resolve(REPORT), report.format());
        return report;
    }

    private static Optional<MdxConverter.Body> convert(DocSource doc, Path docs, String newFile, LinkMapper mapper, List<ImportNote> notes) {
        MdxConverter.Body body = MdxConverter.convert(doc, docs, new LinkRewriter(mapper, doc, newFile), notes);
        return body.lost() ? Optional.empty() : Optional.of(body);
    }

    private static String categoryBody(ImportPlan.Category category, MdxConverter.Body converted, List<ImportNote> notes) {
        DocSource page = category.page().orElseThrow();
        List<String> lines = new ArrayList<>(converted.lines());
        String title = PageHeader.title(page, converted, lines, notes);
        String label = category.label().substring(category.label().lastIndexOf('›') + 1).strip();
        if (!title.equals(label)) {
            notes.add(ImportNote.warning(page.file(), page.header().has("title") ? page.header().line("title") : 1,
                    "category page titled '" + title + "'", "the category page is headed by its label '" + label + "'"));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String categoryFile(ImportPlan.Category category, int after, List<ImportNote> notes) {
        category.folder().meta().yaml().ifPresent(yaml -> {
            String file = category.folder().meta().file().orElseThrow();
            for (String key : yaml.keys()) {
                if (!CategoryMeta.CARRIED.contains(key)) {
                    notes.add(ImportNote.warning(file, yaml.line(key), "category '" + key + "'", key.equals("collapsed") || key.equals("collapsible")
                            ? "left out: faqsite's sidebar opens the current page's category" : "left out: no faqsite meaning"));
                }
            }
            yaml.map("link").ifPresent(link -> link.keys().stream().filter(k -> !List.of("type", "id", "slug", "description").contains(k))
                    .forEach(k -> notes.add(ImportNote.warning(file, link.line(k), "category 'link." + k + "'", "left out: no faqsite meaning"))));
        });
        return "label: " + PageHeader.quote(category.label()) + "\n"
                + "position: " + (after + category.position()) + "\n"
                + (category.description().isEmpty() ? "" : "description: " + PageHeader.quote(category.description()) + "\n");
    }

    /** The last position among the site's categories, so that imported ones come after them; 0 in a new site. */
    private static int lastPosition(Path site) throws IOException {
        Path faq = site.resolve("content/faq");
        if (!Files.isDirectory(faq)) {
            return 0;
        }
        try (Stream<Path> folders = Files.list(faq)) {
            int last = 0;
            for (Path meta : folders.map(f -> f.resolve(CategoryReader.FILE_NAME)).filter(Files::isRegularFile).toList()) {
                int position = CategoryReader.read("existing", meta.toString(), Files.readString(meta)).value()
                        .map(Category::position).filter(p -> p != Integer.MAX_VALUE).orElse(0);
                last = Math.max(last, position);
            }
            return last;
        }
    }

    /** Writes every file that does not exist yet; returns those written. */
    private static List<String> write(Path site, Map<String, String> files, Map<String, DocSource> sources, List<ImportNote> notes) throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = site.resolve(file.getKey());
            if (Files.exists(target)) {
                DocSource source = sources.get(file.getKey());
                if (source != null) {
                    notes.add(ImportNote.lost(source.file(), 1, file.getKey() + " exists already"));
                } else if (!Files.readString(target).equals(file.getValue())) {
                    notes.add(ImportNote.warning(file.getKey(), 1, "exists already", "kept as it was"));
                }
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
            written.add(file.getKey());
        }
        return written;
    }

    private static void copyAssets(Path site, Map<String, Path> assets, List<ImportNote> notes) throws IOException {
        for (Map.Entry<String, Path> asset : assets.entrySet()) {
            Path target = site.resolve(asset.getKey());
            if (Files.exists(target)) {
                if (Files.mismatch(target, asset.getValue()) != -1) {
                    notes.add(ImportNote.warning(asset.getKey(), 1, "exists already with other content", "kept as it was"));
                }
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.copy(asset.getValue(), target);
        }
    }
}
