package dev.faqsite.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This faqsite's version and the commit it was built from, as Maven wrote them into the jar ({@code build.properties},
 * filtered at build time): never a string typed in the code.
 *
 * @param version semantic version, e.g. {@code 0.2.0}
 * @param commit  abbreviated commit id, or {@code unknown} for a build outside a git checkout
 */
public record Release(String version, String commit) {

    static final String RESOURCE = "/faqsite/build.properties";

    /** The release this code belongs to. */
    public static Release current() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // compiled without Maven's resource step (an IDE's own build): say so rather than guess
                return new Release("unknown", "unknown");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Release(filled(properties.getProperty("version")), filled(properties.getProperty("commit")));
    }

    /** A property Maven could not fill (no git checkout) is left as {@code ${…}}: that means unknown. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
    }
}
