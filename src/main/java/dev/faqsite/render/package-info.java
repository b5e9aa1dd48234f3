/**
 * The pages: every page rendered once, in linear time, from view records computed once per bake, and drawn through
 * {@link dev.faqsite.render.Templates} — this package knows neither JBake nor Freemarker
 * ({@link dev.faqsite.render.SiteRenderer} is the entry point). Also the template workspace, JSON-LD and the page
 * manifest.
 */
package dev.faqsite.render;
