package dev.faqsite.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves the built site from its folder: pretty URLs through {@code index.html}, the site's own {@code 404.html}
 * with status 404 for anything else. The folder is looked up per request, so a rebuild swapped in is served at once.
 * Jetty keeps files it served in memory and checks them for changes once a second; in watch mode it does not keep
 * them, since the search index a page reloads into is rewritten within that second.
 */
final class StaticSite extends Handler.Abstract {

    private final Path root;
    private final ResourceHandler files;

    StaticSite(Path root, boolean live) {
        this.root = root.toAbsolutePath().normalize();
        this.files = live ? new ResourceHandler() {
            @Override
            protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized buffers) {
                return new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), buffers);
            }
        } : new ResourceHandler();
        files.setBaseResource(ResourceFactory.root().newResource(this.root));
        files.setDirAllowed(false);
        files.setWelcomeFiles(List.of("index.html"));
        files.setUseFileMapping(false);
        files.setEtags(true);
    }

    @Override
    protected void doStart() throws Exception {
        files.setServer(getServer());
        files.start();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        files.stop();
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED_405);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        if (files.handle(request, response, callback)) {
            return true;
        }
        notFound(response, callback);
        return true;
    }

    private void notFound(Response response, Callback callback) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.exists(page) ? Files.readAllBytes(page) : "<!doctype html><title>Not found</title><h1>Not found</h1>".getBytes();
        response.setStatus(HttpStatus.NOT_FOUND_404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
