package dev.faqsite.markdown;

import java.util.List;

/** The config names a Markdown extension this build does not know. */
public final class UnknownExtensionException extends Exception {

    private final String name;

    public UnknownExtensionException(String name, List<String> known) {
        super("unknown Markdown extension '" + name + "' (known: " + String.join(", ", known) + ")");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
