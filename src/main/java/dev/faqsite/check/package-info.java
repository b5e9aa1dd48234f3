/**
 * Checks over a built site, with Jsoup: links, anchors, files, ids, headings, page metadata, what static HTML can show
 * about accessibility, and structured data. Every finding is traced to the line that produced it — the Markdown
 * source line for content, the template line for markup — and its severity comes from the site config. The one list
 * of rules is {@code Rules}, {@code external-link} included, whose fetching is package external's.
 * Entry point: {@link dev.faqsite.check.SiteChecker}.
 */
package dev.faqsite.check;
