package dev.faqsite.testing;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP/1.1 written by hand on one connection, for what a client library smooths over: pipelining, bodies in parts. */
public final class RawHttp {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

    private RawHttp() {
    }

    /**
     * Writes the parts one after another on one connection, pausing briefly between them so that the server sees
     * them arrive separately, and returns everything the server sent until it closed the connection.
     */
    public static String exchange(URI server, String... parts) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    Thread.sleep(100);
                }
                socket.getOutputStream().write(parts[i].getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The status codes of the answers in what {@link #exchange} returned, in order, e.g. "413 405". */
    public static String statuses(String answers) {
        StringBuilder out = new StringBuilder();
        Matcher status = STATUS_LINE.matcher(answers);
        while (status.find()) {
            out.append(out.isEmpty() ? "" : " ").append(status.group(1));
        }
        return out.toString();
    }
}
