/**
 * Markdown to HTML with flexmark-java: one parser and one renderer, configured once from the site config and reused
 * for every page (they are immutable and thread-safe). The only package that imports {@code com.vladsch}.
 */
package dev.faqsite.markdown;
