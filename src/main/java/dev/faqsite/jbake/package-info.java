/**
 * The one door to JBake: the only package that touches JBake ({@code Engines}, {@code DocumentModel},
 * {@code TemplateModel}, the crawler, the content store) and Freemarker. It receives content already read and
 * validated by {@code content}, and draws the pages {@code render} asks for through {@link dev.faqsite.render.Templates}
 * ({@link dev.faqsite.jbake.JBakeSession} is the entry point).
 */
package dev.faqsite.jbake;
