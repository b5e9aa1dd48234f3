package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, position-aware access to one YAML mapping. Reading a field with the wrong type records an error naming the
 * key and its line, and yields empty, so that one pass reports every problem of a file.
 */
final class YamlFields {

    private final MappingNode node;
    private final String path;
    private final int lineOffset;
    private final String context;
    private final List<Problem> problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts after the opening {@code ---})
     * @param context    prefix for key names in messages, e.g. {@code navbar.} for a nested mapping
     */
    YamlFields(MappingNode node, String path, int lineOffset, String context, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.lineOffset = lineOffset;
        this.context = context;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                    problems.add(Problem.error(at(tuple.getKeyNode()), "duplicate key '" + context + key.getValue() + "'",
                            "keep one of them"));
                }
            } else {
                problems.add(Problem.error(at(tuple.getKeyNode()), "keys must be plain words", "write key: value"));
            }
        }
    }

    SourceRef at(Node n) {
        return new SourceRef(path, n.getStartMark().getLine() + 1 + lineOffset, n.getStartMark().getColumn() + 1);
    }

    SourceRef start() {
        return at(node);
    }

    /** Where {@code key} is written, or the mapping's start when it is absent. */
    SourceRef keyAt(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? start() : at(tuple.getKeyNode());
    }

    /** Where every key of this mapping is written. */
    Map<String, SourceRef> keyPositions() {
        Map<String, SourceRef> out = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> out.put(key, at(tuple.getKeyNode())));
        return out;
    }

    /** The prefix of this mapping's keys in messages, e.g. {@code key_check.regions[0].} */
    String context() {
        return context;
    }

    /** Records an error at {@code key}'s value, for values of the right type that are still wrong. */
    void invalid(String key, String message, String hint) {
        NodeTuple tuple = entries.get(key);
        problems.add(Problem.error(tuple == null ? start() : at(tuple.getValueNode()), "'" + context + key + "' " + message, hint));
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Records an error for every key not in {@code known}. */
    void rejectUnknown(Set<String> known) {
        reportUnknown(known, true);
    }

    /** Records a warning for every key not in {@code known}. */
    void warnUnknown(Set<String> known) {
        reportUnknown(known, false);
    }

    private void reportUnknown(Set<String> known, boolean asError) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String message = "unknown key '" + context + entry.getKey() + "'";
                String hint = "known keys: " + String.join(", ", new TreeSet<>(known));
                SourceRef where = at(entry.getValue().getKeyNode());
                problems.add(asError ? Problem.error(where, message, hint) : Problem.warning(where, message, hint));
            }
        }
    }

    Optional<String> string(String key) {
        return scalar(key, "a text").map(ScalarNode::getValue);
    }

    String requiredString(String key, String hint) {
        Optional<String> value = string(key);
        if (!has(key)) {
            problems.add(Problem.error(start(), "missing required key '" + context + key + "'", hint));
        } else if (value.isPresent() && value.get().isBlank()) {
            problems.add(Problem.error(at(entries.get(key).getValueNode()), "'" + context + key + "' is empty", hint));
            return "";
        }
        return value.orElse("");
    }

    /** A text that must be one of {@code allowed}; anything else is an error listing them. */
    Optional<String> oneOf(String key, List<String> allowed) {
        Optional<ScalarNode> scalar = scalar(key, "one of " + String.join(", ", allowed));
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar.get().getValue().strip();
        if (allowed.contains(text)) {
            return Optional.of(text);
        }
        problems.add(Problem.error(at(scalar.get()), "'" + context + key + "' must be one of " + String.join(", ", allowed)
                + ", got '" + text + "'", "write one of " + String.join(", ", allowed)));
        return Optional.empty();
    }

    Optional<Integer> integer(String key) {
        Optional<ScalarNode> scalar = scalar(key, "a whole number");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(scalar.get().getValue().trim()));
        } catch (NumberFormatException e) {
            problems.add(Problem.error(at(scalar.get()), "'" + context + key + "' must be a whole number, got '"
                    + scalar.get().getValue() + "'", "write a number such as 3, without quotes"));
            return Optional.empty();
        }
    }

    Optional<Boolean> bool(String key) {
        Optional<ScalarNode> scalar = scalar(key, "true or false");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar.get().getValue().trim();
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(Boolean.parseBoolean(text));
        }
        problems.add(Problem.error(at(scalar.get()), "'" + context + key + "' must be true or false, got '" + text + "'",
                "write true or false"));
        return Optional.empty();
    }

    Optional<LocalDate> date(String key) {
        Optional<ScalarNode> scalar = scalar(key, "a date");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar.get().getValue().trim();
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(at(scalar.get()), "'" + context + key + "' must be a date, got '" + text + "'",
                    "write it as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    /** A list of texts; a single text counts as a list of one. */
    List<String> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue());
        }
        if (value instanceof SequenceNode sequence) {
            List<String> out = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(scalar.getValue());
                } else {
                    problems.add(Problem.error(at(item), "'" + context + key + "' must be a list of texts", "write [a, b]"));
                }
            }
            return out;
        }
        problems.add(Problem.error(at(value), "'" + context + key + "' must be a list of texts", "write [a, b]"));
        return List.of();
    }

    Optional<YamlFields> mapping(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode child) {
            return Optional.of(new YamlFields(child, path, lineOffset, context + key + ".", problems));
        }
        problems.add(Problem.error(at(tuple.getValueNode()), "'" + context + key + "' must be a mapping of keys to values",
                "indent its keys under it"));
        return Optional.empty();
    }

    List<YamlFields> mappings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problems.add(Problem.error(at(tuple.getValueNode()), "'" + context + key + "' must be a list",
                    "write each entry on a line starting with '- '"));
            return List.of();
        }
        List<YamlFields> out = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            if (item instanceof MappingNode child) {
                out.add(new YamlFields(child, path, lineOffset, context + key + "[" + i + "].", problems));
            } else {
                problems.add(Problem.error(at(item), "'" + context + key + "[" + i + "]' must be a mapping",
                        "write label: … and href: … under the '- '"));
            }
        }
        return out;
    }

    /** Like {@link #strings}, with the place of each entry. */
    List<Map.Entry<String, SourceRef>> stringsAt(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        List<Node> items = tuple.getValueNode() instanceof SequenceNode sequence ? sequence.getValue() : List.of(tuple.getValueNode());
        List<Map.Entry<String, SourceRef>> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                out.add(Map.entry(scalar.getValue(), at(scalar)));
            } else {
                problems.add(Problem.error(at(item), "'" + context + key + "' must be a list of texts", "write [a, b]"));
            }
        }
        return out;
    }

    private Optional<ScalarNode> scalar(String key, String expected) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar);
        }
        if (value instanceof ScalarNode) {
            return Optional.empty();
        }
        problems.add(Problem.error(at(value), "'" + context + key + "' must be " + expected, "write key: value on one line"));
        return Optional.empty();
    }
}
