/**
 * A new site as {@code faqsite init} makes it (config, sample answers, CI files that install the pinned release),
 * and which release of faqsite this is. Writes files; reads the config it wrote back through {@code content} so that a
 * new site is valid by construction.
 */
package dev.faqsite.init;
