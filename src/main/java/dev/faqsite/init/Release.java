package dev.faqsite.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * This faqsite's version, the commit it was built from and the libraries that shape a site, as Maven wrote them into
 * the jar ({@code build.properties}, filtered from the pom at build time): never a string typed in the code.
 *
 * @param version   semantic version, e.g. {@code 0.2.0}
 * @param commit    abbreviated commit id, or {@code unknown} for a build outside a git checkout
 * @param libraries JBake, Freemarker, flexmark-java and Jsoup, in that order
 */
public record Release(String version, String commit, List<Library> libraries) {

    static final String RESOURCE = "/faqsite/build.properties";

    /** A library by the name its users know, with its version. */
    public record Library(String name, String version) {
        @Override
        public String toString() {
            return name + " " + version;
        }
    }

    public Release {
        libraries = List.copyOf(libraries);
    }

    /** The release this code belongs to. */
    public static Release current() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            // without it (compiled without Maven's resource step, as by an IDE) every value says unknown
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Library> libraries = List.of(
                new Library("JBake", filled(properties.getProperty("jbake"))),
                new Library("Freemarker", filled(properties.getProperty("freemarker"))),
                new Library("flexmark-java", filled(properties.getProperty("flexmark"))),
                new Library("Jsoup", filled(properties.getProperty("jsoup"))));
        return new Release(filled(properties.getProperty("version")), filled(properties.getProperty("commit")), libraries);
    }

    /** A property Maven could not fill (no git checkout) is left as {@code ${…}}: that means unknown. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
    }
}
