package dev.faqsite.search;

/** Pagefind refused a request or stopped; the message says which, in Pagefind's words where it gave any. */
public final class SearchIndexException extends RuntimeException {

    public SearchIndexException(String message) {
        super(message);
    }
}
