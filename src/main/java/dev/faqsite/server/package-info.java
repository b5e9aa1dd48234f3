/**
 * The HTTP server of {@code faqsite serve}: serves the built site with security headers, and hosts the APIs of the
 * checker and ratings. Thin handlers over the domain packages; binds to loopback unless told otherwise.
 */
package dev.faqsite.server;
