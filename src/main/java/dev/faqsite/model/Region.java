package dev.faqsite.model;

import java.net.URI;
import java.util.Objects;

/**
 * One independent regional API site the key checker probes.
 *
 * @param id        short stable name, e.g. {@code emea}; also the row's id on the page
 * @param label     what readers see, e.g. "Europe"
 * @param location  the area it serves, e.g. "Europe, Middle East and Africa"
 * @param baseUrl   scheme, host and optional port (and path prefix) of the site, without a trailing slash
 * @param probePath path and query of the cheap request that needs a valid key, e.g.
 *                  {@code /v1/exchanges?filter_exchange_id=BINANCE}
 * @param keyHeader the request header that carries the key, e.g. {@code X-CoinAPI-Key}
 */
public record Region(String id, String label, String location, URI baseUrl, String probePath, String keyHeader) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(probePath, "probePath");
        Objects.requireNonNull(keyHeader, "keyHeader");
        if (!probePath.startsWith("/") || probePath.startsWith("//")) {
            throw new IllegalArgumentException("a probe path starts with a single '/': " + probePath);
        }
    }

    /** The one URL this region is ever asked for: nothing a client sends can change it. */
    public URI probeUri() {
        return URI.create(baseUrl + probePath);
    }
}
