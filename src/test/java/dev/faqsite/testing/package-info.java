/** Helpers shared by the tests: fixture sites, the real browser. */
package dev.faqsite.testing;
