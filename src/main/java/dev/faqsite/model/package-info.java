/**
 * The site as immutable records: {@link dev.faqsite.model.SiteConfig}, {@link dev.faqsite.model.Category},
 * {@link dev.faqsite.model.Question} and the navigation computed once per bake, {@link dev.faqsite.model.NavTree};
 * the key checker's regions and settings, {@link dev.faqsite.model.KeyCheckConfig}.
 * Depends only on {@code diag}.
 */
package dev.faqsite.model;
