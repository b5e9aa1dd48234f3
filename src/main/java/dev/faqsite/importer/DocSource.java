package dev.faqsite.importer;

import java.util.List;
import java.util.Optional;

/**
 * A Docusaurus doc split into its front matter and its body.
 *
 * @param file       display path, e.g. {@code docs/account/01-keys.md}
 * @param relative   path under the docs folder with forward slashes, e.g. {@code account/01-keys.md}
 * @param header     the front matter (empty mapping when there is none)
 * @param body       the lines after the front matter
 * @param bodyLine   the file line of {@code body.get(0)}
 */
record DocSource(String file, String relative, YamlMap header, List<String> body, int bodyLine) {

    DocSource {
        body = List.copyOf(body);
    }

    /** @throws YamlMap.Malformed when the front matter cannot be read (the page cannot come over) */
    static DocSource parse(String file, String relative, String text) throws YamlMap.Malformed {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = List.of(content.replace("\r\n", "\n").split("\n", -1));
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    YamlMap header = YamlMap.parse(String.join("\n", lines.subList(1, i)), 1);
                    return new DocSource(file, relative, header, lines.subList(i + 1, lines.size()), i + 2);
                }
            }
            throw new YamlMap.Malformed("front matter is never closed with '---'", 1);
        }
        return new DocSource(file, relative, YamlMap.parse("", 0), lines, 1);
    }

    /** The file name without its extension, e.g. {@code 01-keys}. */
    String stem() {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The folder under the docs folder, {@code ""} at the top. */
    String folder() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    Optional<String> string(String key) {
        return header.string(key).map(String::strip).filter(s -> !s.isEmpty());
    }
}
