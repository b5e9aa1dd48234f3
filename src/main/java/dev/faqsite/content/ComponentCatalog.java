package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.ComponentSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a site's own components from {@code templates/components/}: each {@code <name>.ftl} with its declaration
 * {@code <name>.yml} — what it is, whether it takes content, its attributes (type, required, default) — and notes its
 * own {@code <name>.css} and {@code <name>.js}. A template without a declaration, or the reverse, is an error.
 */
public final class ComponentCatalog {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Set<String> KEYS = Set.of("description", "content", "attributes");
    private static final Set<String> ATTRIBUTE_KEYS = Set.of("type", "required", "default", "values", "description");

    private ComponentCatalog() {
    }

    /**
     * @param folder      the components folder of the merged templates
     * @param displayPath the file an author should open for a file name of the folder, such as {@code x.yml}
     */
    public static Parsed<List<ComponentSpec>> read(Path folder, Function<String, String> displayPath) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<ComponentSpec> specs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Parsed<>(Optional.of(specs), problems);
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl") || n.endsWith(".yml"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 4)));
        }
        for (String name : names) {
            String template = name + ".ftl";
            String declaration = name + ".yml";
            if (!Files.isRegularFile(folder.resolve(name + ".yml"))) {
                problems.add(Problem.error(SourceRef.of(displayPath.apply(template)), "component '" + name + "' has no declaration",
                        "create " + displayPath.apply(declaration) + " declaring its attributes; see docs/components.md"));
                continue;
            }
            String path = displayPath.apply(declaration);
            if (!Files.isRegularFile(folder.resolve(name + ".ftl"))) {
                problems.add(Problem.error(SourceRef.of(path), "component '" + name + "' has no template",
                        "create " + displayPath.apply(template) + " beside its declaration"));
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                problems.add(Problem.error(SourceRef.of(path), "component name '" + name + "' is not lowercase words joined by hyphens",
                        "rename both files, e.g. api-status.ftl and api-status.yml"));
                continue;
            }
            read(name, path, Files.readString(folder.resolve(name + ".yml")), problems).ifPresent(spec -> specs.add(new ComponentSpec(
                    spec.name(), spec.description(), spec.content(), spec.attributes(), spec.declaredAt(),
                    Files.isRegularFile(folder.resolve(name + ".css")), Files.isRegularFile(folder.resolve(name + ".js")))));
        }
        boolean unusable = problems.stream().anyMatch(Problem::isError);
        return new Parsed<>(unusable ? Optional.empty() : Optional.of(specs), problems);
    }

    /** One declaration; its assets are noted by the caller. */
    static Optional<ComponentSpec> read(String name, String path, String text, List<Problem> problems) {
        int before = problems.size();
        Optional<YamlFields> fields = YamlText.mapping(text, path, 0, "component declaration", problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = fields.get();
        f.rejectUnknown(KEYS);
        List<ComponentSpec.Attribute> attributes = new ArrayList<>();
        f.mapping("attributes").ifPresent(all -> all.keyPositions().keySet().forEach(attribute ->
                all.mapping(attribute).flatMap(a -> attribute(attribute, a)).ifPresent(attributes::add)));
        ComponentSpec spec = new ComponentSpec(name, f.string("description").orElse(""), f.bool("content").orElse(false),
                attributes, f.start(), false, false);
        return problems.subList(before, problems.size()).stream().anyMatch(Problem::isError) ? Optional.empty() : Optional.of(spec);
    }

    private static Optional<ComponentSpec.Attribute> attribute(String name, YamlFields a) {
        a.rejectUnknown(ATTRIBUTE_KEYS);
        ComponentSpec.Type type;
        String written = a.string("type").orElse("string");
        try {
            type = ComponentSpec.Type.valueOf(written.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            a.invalid("type", "must be string, number, boolean or enum, got '" + written + "'", "pick one of the four");
            return Optional.empty();
        }
        boolean required = a.bool("required").orElse(false);
        Optional<String> fallback = a.string("default");
        List<String> values = a.strings("values");
        if (type == ComponentSpec.Type.ENUM && values.isEmpty()) {
            a.invalid("values", "must list the allowed values of an enum", "write values: [a, b, c]");
        }
        if (required && fallback.isPresent()) {
            a.invalid("default", "makes no sense on a required attribute", "drop 'default:' or 'required: true'");
        }
        fallback.filter(d -> type == ComponentSpec.Type.ENUM && !values.contains(d)).ifPresent(d ->
                a.invalid("default", "is not one of " + String.join(", ", values), "pick one of the values"));
        return Optional.of(new ComponentSpec.Attribute(name, type, required, fallback, values, a.string("description").orElse("")));
    }
}
