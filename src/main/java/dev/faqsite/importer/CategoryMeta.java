package dev.faqsite.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A folder's {@code _category_.json} / {@code _category_.yml}, as Docusaurus reads it.
 *
 * @param file        display path of the file, empty when the folder has none
 * @param label       the sidebar label
 * @param position    place among its siblings
 * @param description {@code link.description} (the generated index's text)
 * @param link        {@code link.type}: {@code doc}, {@code generated-index}, {@code none} ({@code link: null}) or
 *                    empty when not set
 * @param linkId      {@code link.id} of a {@code doc} link
 * @param linkSlug    {@code link.slug} of a {@code generated-index} link
 * @param yaml        the whole file, for the lines of keys that have no faqsite meaning
 */
record CategoryMeta(Optional<String> file, Optional<String> label, Optional<Double> position, Optional<String> description,
                    Optional<String> link, Optional<String> linkId, Optional<String> linkSlug, Optional<YamlMap> yaml) {

    static final List<String> FILE_NAMES = List.of("_category_.json", "_category_.yml", "_category_.yaml");
    /** Keys with a faqsite meaning or a place in the import; every other key is reported. */
    static final Set<String> CARRIED = Set.of("label", "position", "link");

    static CategoryMeta none() {
        return new CategoryMeta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reads the folder's category file, if it has one. */
    static CategoryMeta read(Path folder, String displayFolder, List<ImportNote> notes) throws java.io.IOException {
        for (String name : FILE_NAMES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String display = displayFolder + "/" + name;
            YamlMap yaml;
            try {
                yaml = YamlMap.parse(Files.readString(file), 0);
            } catch (YamlMap.Malformed e) {
                notes.add(ImportNote.warning(display, e.line, "unreadable category file: " + e.getMessage(),
                        "used the folder's name as the label"));
                return none();
            }
            Optional<YamlMap> link = yaml.map("link");
            Optional<String> linkType = link.flatMap(l -> l.string("type"));
            if (yaml.has("link") && link.isEmpty()) {
                linkType = Optional.of("none"); // link: null, a category without a page of its own
            }
            return new CategoryMeta(Optional.of(display), yaml.string("label"), yaml.number("position"),
                    link.flatMap(l -> l.string("description")), linkType, link.flatMap(l -> l.string("id")),
                    link.flatMap(l -> l.string("slug")), Optional.of(yaml));
        }
        return none();
    }
}
