/**
 * Brings a Docusaurus docs folder over into faqsite's layout ({@code faqsite import docusaurus}): Docusaurus's routing
 * rules (number prefixes, {@code _category_} files, category index docs, {@code slug}/{@code id}), its front matter,
 * MDX turned into faqsite Markdown, links and static files, the old URLs as {@code redirect_from:} — and a report of
 * everything that could not come over as written, each at its file and line. Depends only on {@code diag},
 * {@code model} and {@code content}: it writes source files and never bakes.
 * Entry point: {@link dev.faqsite.importer.DocusaurusImporter}.
 */
package dev.faqsite.importer;
