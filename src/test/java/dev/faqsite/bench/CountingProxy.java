package dev.faqsite.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay that counts the bytes the server sends: everything the browser downloads, from its page and
 * from its workers alike (a worker's fetches never show in the page's Resource Timing), headers included.
 */
final class CountingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final AtomicLong received = new AtomicLong();

    CountingProxy(int targetPort) throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    relay(client, server, null);
                    relay(server, client, received);
                } catch (IOException e) {
                    return;
                }
            }
        }, "counting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Bytes the server has sent to the browser so far. */
    long received() {
        return received.get();
    }

    private static void relay(Socket from, Socket to, AtomicLong counter) {
        Thread pipe = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                    if (counter != null) {
                        counter.addAndGet(n);
                    } else if (Boolean.getBoolean("proxy.verbose")) {
                        String head = new String(buffer, 0, Math.min(n, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
                        System.out.println("    " + head.substring(0, Math.max(0, head.indexOf(" HTTP/"))));
                    }
                }
            } catch (IOException e) {
                // the other side closed the connection
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "counting-proxy-pipe");
        pipe.setDaemon(true);
        pipe.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
