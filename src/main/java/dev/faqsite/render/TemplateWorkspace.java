package dev.faqsite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The templates a bake uses: the built-in ones, with every file the site has in its own {@code templates/} laid over
 * them. A site overrides one template or asset by adding a file of the same name, without copying the rest.
 */
public final class TemplateWorkspace {

    static final String BUILT_IN = "/faqsite/templates";
    static final String ASSETS = "assets";
    /** A site's own components: {@code <name>.ftl}, its declaration {@code <name>.yml}, its {@code .css} and {@code .js}. */
    static final String COMPONENTS = "components";

    private final Path templates;
    private final Path staticRoot;
    private final Map<String, String> origins;

    private TemplateWorkspace(Path templates, Path staticRoot, Map<String, String> origins) {
        this.templates = templates;
        this.staticRoot = staticRoot;
        this.origins = Map.copyOf(origins);
    }

    /** Lays the built-in templates, then the site's, into {@code workDir/templates}. */
    public static TemplateWorkspace prepare(Path siteRoot, Path workDir) throws IOException {
        Path target = workDir.resolve("templates");
        Map<String, String> origins = new HashMap<>();
        copyBuiltIn(target, origins);
        Path own = siteRoot.resolve("templates");
        if (Files.isDirectory(own)) {
            copyTree(own, target, origins, "templates/");
        }
        // JBake copies the contents of its asset folder to the site's root: move assets/ one level down so that
        // they are served under /assets/, apart from the pages
        Path staticRoot = workDir.resolve("static");
        Files.createDirectories(staticRoot);
        if (Files.isDirectory(target.resolve(ASSETS))) {
            Files.move(target.resolve(ASSETS), staticRoot.resolve(ASSETS));
        }
        copyComponentAssets(target.resolve(COMPONENTS), staticRoot.resolve(ASSETS).resolve(COMPONENTS));
        return new TemplateWorkspace(target, staticRoot, origins);
    }

    public Path templates() {
        return templates;
    }

    /** The folder JBake copies to the site's root; holds {@code assets/}. */
    public Path staticRoot() {
        return staticRoot;
    }

    /** The folder of the site's own components. */
    public Path components() {
        return templates.resolve(COMPONENTS);
    }

    /** The path an author should open for a file of the components folder, such as {@code api-status.yml}. */
    public String componentDisplayPath(String fileName) {
        return displayPath(COMPONENTS + "/" + fileName);
    }

    /** The template name of a site's component. */
    static String componentTemplate(String name) {
        return COMPONENTS + "/" + name + ".ftl";
    }

    /** The site path a component's stylesheet ({@code css}) or script ({@code js}) is served at. */
    static String componentAsset(String name, String extension) {
        return "/" + ASSETS + "/" + COMPONENTS + "/" + name + "." + extension;
    }

    /** Components' stylesheets and scripts are served beside the other assets, under the site's CSP like them. */
    private static void copyComponentAssets(Path components, Path served) throws IOException {
        if (!Files.isDirectory(components)) {
            return;
        }
        try (Stream<Path> files = Files.list(components)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css") || f.toString().endsWith(".js")).toList()) {
                Files.createDirectories(served);
                Files.copy(file, served.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    Path assets() {
        return staticRoot.resolve(ASSETS);
    }

    /** Every template's text, for tracing checks' findings to template lines. */
    public List<TemplateSource> sources() throws IOException {
        try (Stream<Path> files = Files.walk(templates)) {
            List<TemplateSource> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                String name = templates.relativize(file).toString().replace('\\', '/');
                out.add(new TemplateSource(name, displayPath(name), Files.readAllLines(file)));
            }
            return out;
        }
    }

    /** The path an author should open for a template name such as {@code partials/layout.ftl} or {@code components/x.yml}. */
    public String displayPath(String templateName) {
        return origins.getOrDefault(templateName.replace('\\', '/'), "templates/" + templateName);
    }

    /** A short hash of the assets, appended to their URLs so browsers may cache them for long. */
    String fingerprint() throws IOException {
        Path assets = assets();
        if (!Files.isDirectory(assets)) {
            return "0";
        }
        try (Stream<Path> files = Files.walk(assets)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(assets.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyBuiltIn(Path target, Map<String, String> origins) throws IOException {
        URL url = TemplateWorkspace.class.getResource(BUILT_IN);
        if (url == null) {
            throw new IOException("the built-in templates are missing from the classpath (" + BUILT_IN + ")");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            copyTree(jar.getPath(BUILT_IN), target, origins, "built-in templates/");
        } else {
            copyTree(Path.of(uri), target, origins, "built-in templates/");
        }
    }

    private static void copyTree(Path from, Path to, Map<String, String> origins, String originPrefix) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String relative = from.relativize(file).toString().replace('\\', '/');
                Path destination = to.resolve(relative);
                try {
                    Files.createDirectories(destination.getParent());
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                origins.put(relative, originPrefix + relative);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
