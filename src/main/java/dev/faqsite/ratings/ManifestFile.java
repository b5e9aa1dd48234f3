package dev.faqsite.ratings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.faqsite.model.PageManifest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * The page manifest a build wrote into the site folder, re-read when a later build replaces it: a site rebuilt while
 * the server runs accepts votes for its new pages and records their new versions at once.
 */
public final class ManifestFile {

    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;
    private volatile Loaded loaded = new Loaded(null, PageCatalog.empty());

    private record Loaded(Object stamp, PageCatalog catalog) {
    }

    private ManifestFile(Path file) {
        this.file = file;
    }

    /**
     * @param siteFolder the built site, holding {@value PageManifest#FILE_NAME}
     * @throws IOException when the manifest is missing or unreadable: the site was not built by this faqsite
     */
    public static ManifestFile in(Path siteFolder) throws IOException {
        ManifestFile manifest = new ManifestFile(siteFolder.resolve(PageManifest.FILE_NAME));
        manifest.reload();
        return manifest;
    }

    /** The manifest a build is about to write: no pages until it exists, then whatever it says. */
    public static ManifestFile expected(Path siteFolder) {
        return new ManifestFile(siteFolder.resolve(PageManifest.FILE_NAME));
    }

    /** Reads a manifest once, e.g. for a report. */
    public static PageCatalog read(Path siteFolder) throws IOException {
        return in(siteFolder).catalog();
    }

    /**
     * The pages as last built. A manifest that cannot be read any more (a build is swapping folders) leaves the last good
     * one in force.
     */
    public PageCatalog catalog() {
        try {
            Object stamp = stamp();
            if (!Objects.equals(stamp, loaded.stamp())) {
                reload();
            }
        } catch (IOException e) {
            // keep serving the last good manifest; the next request tries again
        }
        return loaded.catalog();
    }

    private synchronized void reload() throws IOException {
        Object stamp;
        PageManifest manifest;
        try {
            stamp = stamp();
            manifest = JSON.readValue(file.toFile(), PageManifest.class);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new NoSuchFileException(file.toString(), null, "no page manifest: build the site with faqsite first");
        }
        if (manifest.format() != PageManifest.FORMAT) {
            throw new IOException(file + " has format " + manifest.format() + ", this faqsite reads format "
                    + PageManifest.FORMAT + ": rebuild the site");
        }
        loaded = new Loaded(stamp, new PageCatalog(manifest));
    }

    /** The file's identity and change time: a build replaces the whole folder, so the file key changes too. */
    private Object stamp() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
    }
}
