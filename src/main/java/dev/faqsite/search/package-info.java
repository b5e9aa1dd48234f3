/**
 * The search index, built by Pagefind's service mode ({@code pagefind --service}) rather than its command line: pages
 * are handed over as they are rendered, cut down to what Pagefind reads of them, so that indexing overlaps rendering
 * and nothing is read back from disk; the index is written once at the end, or handed back in memory for a live
 * preview. Depends on no other package of faqsite.
 */
package dev.faqsite.search;
