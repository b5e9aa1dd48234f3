package dev.faqsite.importer;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Docusaurus's routing rules for docs: a doc's id, its slug (from {@code slug:}, absolute or relative to its folder,
 * else its id, else its folder for a category index doc) and its URL under the route base.
 */
final class Routes {

    private Routes() {
    }

    /** The last part of the doc's id: {@code id:} or the file name without its number prefix. */
    static String baseId(DocSource doc) {
        return doc.string("id").orElse(NumberPrefix.of(doc.stem()).name());
    }

    /** The doc's id, e.g. {@code account/payments/refunds}: its folder without number prefixes, then its base id. */
    static String id(DocSource doc) {
        String folder = NumberPrefix.stripPath(doc.folder());
        return folder.isEmpty() ? baseId(doc) : folder + "/" + baseId(doc);
    }

    /** {@code index.md}, {@code README.md}, or a doc named like its folder: the folder's own page. */
    static boolean isCategoryIndex(DocSource doc) {
        String name = NumberPrefix.of(doc.stem()).name().toLowerCase(Locale.ROOT);
        String folder = doc.folder();
        String folderName = NumberPrefix.of(folder.substring(folder.lastIndexOf('/') + 1)).name().toLowerCase(Locale.ROOT);
        return name.equals("index") || name.equals("readme") || (!folder.isEmpty() && name.equals(folderName));
    }

    /** The doc's slug, from the route base: {@code /account/payments/refunds}, {@code /account/} for an index. */
    static String slug(DocSource doc) {
        Optional<String> slug = doc.string("slug");
        if (slug.isPresent() && slug.get().startsWith("/")) {
            return slug.get();
        }
        String folder = NumberPrefix.stripPath(doc.folder());
        String dir = folder.isEmpty() ? "/" : "/" + folder + "/";
        if (slug.isEmpty() && isCategoryIndex(doc)) {
            return dir;
        }
        return resolve(slug.orElse(baseId(doc)), dir);
    }

    /** A URL path relative to a folder URL, the way a browser resolves it ({@code ../x}, {@code ./x}). */
    static String resolve(String relative, String dir) {
        if (relative.startsWith("/")) {
            return normalize(relative);
        }
        return normalize(dir + relative);
    }

    /** Resolves {@code .} and {@code ..} segments and doubled slashes; keeps a trailing slash. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = "/" + String.join("/", parts);
        return (path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..")) && !joined.equals("/") ? joined + "/" : joined;
    }

    /** The URL a slug is served at under the route base, e.g. {@code /docs} + {@code /account/} → {@code /docs/account/}. */
    static String url(String routeBase, String slug) {
        String base = routeBase.endsWith("/") ? routeBase.substring(0, routeBase.length() - 1) : routeBase;
        return normalize(base + slug.replaceFirst("^/?", "/"));
    }

    /** A faqsite URL segment: lowercase ASCII letters, digits and single hyphens; {@code ""} when nothing is left. */
    static String segment(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
