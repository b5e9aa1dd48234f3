/**
 * Reads what authors write — {@code site.yml}, the whole {@code content/} tree ({@link dev.faqsite.content.ContentTree}:
 * questions' front matter, {@code _category.yml}, snippets) — into the model, validated before anything is baked, and
 * reports every problem with its file, line and column. No JBake: this is the front of the one-way pipeline.
 */
package dev.faqsite.content;
