package dev.faqsite.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * In watch mode, serves the site's HTML pages with the live-reload script added before {@code </body>}; every other
 * request goes to the static site unchanged.
 */
final class LiveReloadScript extends Handler.Wrapper {

    private static final String TAG = "<script src=\"" + LiveReload.SCRIPT + "\" defer></script>";

    private final Path root;

    LiveReloadScript(Path root, Handler site) {
        super(site);
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getMethod().equals("GET")) {
            return super.handle(request, response, callback);
        }
        String path = Request.getPathInContext(request);
        Path file = root.resolve((path.endsWith("/") ? path + "index.html" : path).substring(1)).normalize();
        boolean page = file.startsWith(root) && file.toString().endsWith(".html") && Files.isRegularFile(file)
                && !file.getFileName().toString().startsWith("_");
        int status = HttpStatus.OK_200;
        if (!page && !Files.exists(file) && !path.startsWith("/assets/")) {
            file = root.resolve("404.html");
            page = Files.isRegularFile(file);
            status = HttpStatus.NOT_FOUND_404;
        }
        if (!page) {
            if (path.startsWith("/pagefind/")) {
                // the index changes under the preview: a reloaded page must not search a cached generation
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            }
            return super.handle(request, response, callback);
        }
        String html = Files.readString(file, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + TAG : html.substring(0, end) + TAG + "\n" + html.substring(end);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
