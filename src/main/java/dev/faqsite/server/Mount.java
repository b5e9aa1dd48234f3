package dev.faqsite.server;

import org.eclipse.jetty.server.Handler;

/**
 * An API mounted on the site's server: requests whose path starts with {@code prefix} (e.g. {@code /api/ratings})
 * go to {@code handler}; everything else is the static site.
 */
public record Mount(String prefix, Handler handler) {

    public Mount {
        if (!prefix.startsWith("/")) {
            throw new IllegalArgumentException("a mount prefix starts with '/': " + prefix);
        }
    }

    boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }
}
