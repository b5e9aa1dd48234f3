package dev.faqsite.external;

import java.time.Instant;

/**
 * What fetching one external link found.
 *
 * @param kind      how it ended
 * @param status    the final HTTP status, or 0 when there was none
 * @param movedTo   for {@link Kind#MOVED}, where the link permanently points now; otherwise empty
 * @param detail    for failures, what happened in words
 * @param checkedAt when it was fetched
 */
public record LinkStatus(Kind kind, int status, String movedTo, String detail, Instant checkedAt) {

    /** How fetching a link ended. */
    public enum Kind {
        /** It answered 2xx, possibly after temporary redirects. */
        OK,
        /** It answered 2xx after a permanent redirect (301, 308): the link should be updated. */
        MOVED,
        /** A mailto: link whose address is well formed (never fetched). */
        MAIL_OK,
        /** A 4xx or 5xx answer, after the retries a 429 or 5xx gets. */
        BROKEN,
        /** No answer in time. */
        TIMEOUT,
        /** No connection: refused, unknown host, TLS failure, too many redirects. */
        UNREACHABLE,
        /** A mailto: link that is not an address. */
        MALFORMED
    }

    /** Whether a later run may reuse it within the cache's time-to-live: answers that are not failures. */
    public boolean cacheable() {
        return kind == Kind.OK || kind == Kind.MOVED;
    }
}
