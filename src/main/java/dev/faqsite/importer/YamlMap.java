package dev.faqsite.importer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML (or JSON) mapping as Docusaurus files hold it, read leniently: a value of another type than expected is
 * absent, and the caller reports it. Keeps each key's line so that the report points at it.
 */
final class YamlMap {

    /** Why a text could not be read, with the line (1-based, in the text) where the reader stopped. */
    static final class Malformed extends Exception {
        final int line;

        Malformed(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final int lineOffset;

    private YamlMap(MappingNode node, int lineOffset) {
        this.lineOffset = lineOffset;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                values.put(key.getValue(), tuple.getValueNode());
                lines.put(key.getValue(), key.getStartMark().getLine() + 1 + lineOffset);
            }
        }
    }

    /** @param lineOffset lines before the text in its file */
    static YamlMap parse(String text, int lineOffset) throws Malformed {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true);
        Node root;
        try {
            // JSON allows tabs between tokens, YAML does not: outside strings they are only whitespace
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text.replace('\t', ' ')));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new Malformed(e.getProblem() == null ? "not valid YAML" : e.getProblem(), line + lineOffset);
        } catch (YAMLException e) {
            throw new Malformed("not valid YAML", 1 + lineOffset);
        }
        if (root == null) {
            return new YamlMap(new MappingNode(Tag.MAP, true, new ArrayList<>(), null, null, org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK), lineOffset);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new Malformed("not a mapping of keys to values", root.getStartMark().getLine() + 1 + lineOffset);
        }
        return new YamlMap(mapping, lineOffset);
    }

    Set<String> keys() {
        return values.keySet();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The line of {@code key}, or of the first key when absent. */
    int line(String key) {
        return lines.getOrDefault(key, lines.values().stream().findFirst().orElse(1 + lineOffset));
    }

    Optional<String> string(String key) {
        return values.get(key) instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) ? Optional.of(s.getValue()) : Optional.empty();
    }

    Optional<Double> number(String key) {
        try {
            return string(key).map(s -> Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(String key) {
        return string(key).map(String::strip).filter(s -> s.equals("true") || s.equals("false")).map(Boolean::parseBoolean);
    }

    /** A list of texts; for a list of mappings, each one's {@code field} (Docusaurus tags may be {@code {label: …}}). */
    List<String> strings(String key, String field) {
        Node node = values.get(key);
        List<String> out = new ArrayList<>();
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            out.add(s.getValue());
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(s.getValue());
                } else if (item instanceof MappingNode m) {
                    new YamlMap(m, lineOffset).string(field).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    Optional<YamlMap> map(String key) {
        return values.get(key) instanceof MappingNode m ? Optional.of(new YamlMap(m, lineOffset)) : Optional.empty();
    }
}
