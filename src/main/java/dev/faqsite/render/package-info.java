/**
 * The bake: the only package that touches JBake and Freemarker. JBake crawls {@code content/} through this package's
 * engines into its content store; this package then renders every page once, in linear time, handing templates
 * view objects computed once per bake ({@link dev.faqsite.render.Bakery} is the entry point).
 */
package dev.faqsite.render;
