package dev.faqsite.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of a Docusaurus docs tree, read the way Docusaurus reads it: {@code .md} and {@code .mdx} files are docs,
 * names starting with {@code _} (partials) or {@code .} are not, a folder's {@code _category_} file describes it.
 *
 * @param relative path under the docs folder, {@code ""} for the docs folder itself
 * @param meta     its category file
 * @param docs     its docs, by file name
 * @param children its sub-folders, by name
 */
record DocsFolder(String relative, CategoryMeta meta, List<DocSource> docs, List<DocsFolder> children) {

    /**
     * Reads a docs folder and everything under it; a doc that cannot be read is noted as lost.
     *
     * @param display the docs folder as shown in the report, e.g. {@code docs}
     */
    static DocsFolder read(Path root, String display, List<ImportNote> notes) throws IOException {
        return read(root, root, display, notes);
    }

    private static DocsFolder read(Path root, Path folder, String display, List<ImportNote> notes) throws IOException {
        String relative = root.relativize(folder).toString().replace('\\', '/');
        String displayFolder = relative.isEmpty() ? display : display + "/" + relative;
        List<DocSource> docs = new ArrayList<>();
        List<DocsFolder> children = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                children.add(read(root, entry, display, notes));
            } else if (name.endsWith(".md") || name.endsWith(".mdx")) {
                String rel = relative.isEmpty() ? name : relative + "/" + name;
                String file = display + "/" + rel;
                try {
                    String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(entry))).toString();
                    docs.add(DocSource.parse(file, rel, text));
                } catch (CharacterCodingException e) {
                    notes.add(ImportNote.lost(file, 1, "not UTF-8 text"));
                } catch (YamlMap.Malformed e) {
                    notes.add(ImportNote.lost(file, e.line, "unreadable front matter: " + e.getMessage()));
                }
            }
        }
        return new DocsFolder(relative, CategoryMeta.read(folder, displayFolder, notes), docs, children);
    }

    /** The folder's name without its number prefix; {@code ""} for the docs folder. */
    String name() {
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        return NumberPrefix.of(last).name();
    }

    /** Whether it or a folder under it holds a doc. */
    boolean hasDocs() {
        return !docs.isEmpty() || children.stream().anyMatch(DocsFolder::hasDocs);
    }
}
