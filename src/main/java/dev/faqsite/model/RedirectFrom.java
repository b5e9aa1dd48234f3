package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

/**
 * An old URL of a page, declared with {@code redirect_from:} in its front matter: the build writes a redirect from
 * it to the page.
 *
 * @param path       the old site path, e.g. {@code /docs/account/payments/refunds}
 * @param declaredAt the list entry that declares it
 */
public record RedirectFrom(String path, SourceRef declaredAt) {
}
