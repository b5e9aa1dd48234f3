package dev.faqsite.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.diag.Problem;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live reload for {@code serve --watch}: open pages listen on {@value #EVENTS} (Server-Sent Events) and reload after a
 * rebuild, or show the build's problems in an overlay until they are fixed. Mounted at {@value #PREFIX}; the pages
 * get the script only from the server in watch mode, never in the built files.
 */
public final class LiveReload extends Handler.Abstract {

    static final String PREFIX = "/_faqsite";
    static final String EVENTS = PREFIX + "/events";
    static final String SCRIPT = PREFIX + "/livereload.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An open event stream and the callback that ends its request. */
    private record Client(OutputStream out, Callback done) {
    }

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "faqsite-livereload");
        thread.setDaemon(true);
        return thread;
    });
    private volatile List<Problem> problems = List.of();
    /** The search index's last publish: a page that loaded another one searches again (told in every hello too). */
    private volatile long searchGeneration;
    private final byte[] script;

    public LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("/faqsite/livereload.js")) {
            script = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("livereload.js is missing from the jar", e);
        }
        // comments keep idle connections (and proxies) from closing the streams
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 10, 10, TimeUnit.SECONDS);
    }

    public Mount mount() {
        return new Mount(PREFIX, this);
    }

    /**
     * Tells every open page to reload.
     *
     * @param searchAwaited the search index's generation that will hold the change, when it is still being published
     *                      (a reloaded page waits a moment for it before searching); 0 when none is
     */
    public void reload(long searchAwaited) {
        problems = List.of();
        send("event: reload\ndata: " + (searchAwaited > 0 ? "{\"search\":" + searchAwaited + "}" : "{}") + "\n\n");
    }

    /**
     * Tells every open page when the search index was published again: a preview showing search results searches
     * again. Sent after the reload, which does not wait for the index.
     *
     * @return whether it was another publish
     */
    public boolean searchIndexed(long generation) {
        if (generation == searchGeneration) {
            return false;
        }
        searchGeneration = generation;
        send("event: search\ndata: {\"generation\":" + generation + "}\n\n");
        return true;
    }

    /** Shows the build's problems on every open page, and on pages opened until the next good build. */
    public void failed(List<Problem> found) {
        problems = List.copyOf(found);
        send("event: problems\ndata: " + problemsJson() + "\n\n");
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals(SCRIPT)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/javascript; charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(script), callback);
            return true;
        }
        if (!path.equals(EVENTS)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        OutputStream out = Content.Sink.asOutputStream(response);
        Client client = new Client(out, callback);
        clients.add(client);
        String hello = problems.isEmpty() ? "event: hello\ndata: {\"generation\":" + searchGeneration + "}\n\n" : "event: problems\ndata: " + problemsJson() + "\n\n";
        write(client, hello);
        return true;
    }

    private String problemsJson() {
        try {
            return JSON.writeValueAsString(problems.stream().map(p -> Map.of("severity", p.severity().label(),
                    "where", p.where().toString(), "message", p.message(), "hint", p.hint(), "text", p.format())).toList());
        } catch (IOException e) {
            return "[]";
        }
    }

    private void send(String event) {
        clients.forEach(client -> write(client, event));
    }

    private void write(Client client, String event) {
        try {
            synchronized (client) {
                client.out().write(event.getBytes(StandardCharsets.UTF_8));
                client.out().flush();
            }
        } catch (IOException e) {
            clients.remove(client);
            client.done().failed(e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        heartbeat.shutdownNow();
        clients.forEach(client -> client.done().succeeded());
        clients.clear();
        super.doStop();
    }
}
