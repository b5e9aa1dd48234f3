package dev.faqsite.server;

import org.eclipse.jetty.server.Request;

import java.util.List;

/** Who is voting, for the rate limit only: the peer's address, or behind a trusted reverse proxy the one it reports. */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * @param trustProxy take the last address of {@code X-Forwarded-For}: the one the proxy in front of this server
     *                   appended (earlier entries are whatever the client claimed)
     */
    static String of(Request request, boolean trustProxy) {
        if (trustProxy) {
            List<String> lines = request.getHeaders().getValuesList("X-Forwarded-For");
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                String[] hops = lines.get(lines.size() - 1).split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return Request.getRemoteAddr(request);
    }
}
