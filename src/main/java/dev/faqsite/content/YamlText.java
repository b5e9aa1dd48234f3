package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses YAML text into a position-aware mapping, turning syntax errors into problems with their place. */
final class YamlText {

    private YamlText() {
    }

    /**
     * @param what       what the text is, for messages: "front matter", "site config" …
     * @param lineOffset lines before the YAML text in its file
     */
    static Optional<YamlFields> mapping(String text, String path, int lineOffset, String what, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlFields with both places, instead of failing here
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourceRef where = mark == null ? new SourceRef(path, 1 + lineOffset, 1)
                    : new SourceRef(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            String reason = e.getProblem() != null ? e.getProblem() : e.getContext();
            problems.add(Problem.error(where, "malformed " + what + ": " + reason,
                    "check the indentation, and quote values that contain ': ' or start with a special character"));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(new SourceRef(path, 1 + lineOffset, 1), "malformed " + what + ": " + e.getMessage(),
                    "check the YAML syntax"));
            return Optional.empty();
        }
        if (root == null) {
            // empty text: an empty mapping at its first line, so "missing key" problems still have a place
            Mark start = new Mark(path, 0, 0, 0, new int[0], 0);
            MappingNode empty = new MappingNode(Tag.MAP, true, new ArrayList<>(), start, start, DumperOptions.FlowStyle.BLOCK);
            return Optional.of(new YamlFields(empty, path, lineOffset, "", problems));
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(Problem.error(new SourceRef(path, root.getStartMark().getLine() + 1 + lineOffset, 1),
                    what + " must be a mapping of keys to values", "write one key: value per line"));
            return Optional.empty();
        }
        return Optional.of(new YamlFields(mapping, path, lineOffset, "", problems));
    }
}
