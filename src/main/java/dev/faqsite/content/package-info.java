/**
 * Reads what authors write — {@code site.yml}, {@code _category.yml}, question front matter — into the model, and
 * reports every problem with its file, line and column. Pure functions of text: no JBake, no file walking.
 */
package dev.faqsite.content;
