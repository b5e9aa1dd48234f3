package dev.faqsite.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.List;

/** Sends each request to the first mount whose prefix matches its path, or to the static site. */
final class Routes extends Handler.Abstract {

    private final List<Mount> mounts;
    private final Handler site;

    Routes(List<Mount> mounts, Handler site) {
        this.mounts = List.copyOf(mounts);
        this.site = site;
    }

    @Override
    protected void doStart() throws Exception {
        for (Mount mount : mounts) {
            mount.handler().setServer(getServer());
            mount.handler().start();
        }
        site.setServer(getServer());
        site.start();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        for (Mount mount : mounts) {
            mount.handler().stop();
        }
        site.stop();
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        for (Mount mount : mounts) {
            if (mount.matches(path)) {
                return mount.handler().handle(request, response, callback);
            }
        }
        return site.handle(request, response, callback);
    }
}
