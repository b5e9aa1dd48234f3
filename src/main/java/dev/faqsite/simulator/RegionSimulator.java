package dev.faqsite.simulator;

import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.Region;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The simulated regions: one Jetty server with a loopback connector (its own port) per region, so that each region
 * is a separate address the checker connects to, can be slow on its own, and can refuse connections on its own.
 */
public final class RegionSimulator implements AutoCloseable {

    private final Server server;
    private final Map<String, SimulatedRegion> regions;
    private final DemoKeys keys;

    private RegionSimulator(Server server, Map<String, SimulatedRegion> regions, DemoKeys keys) {
        this.server = server;
        this.regions = regions;
        this.keys = keys;
    }

    /** Starts one simulated site per region on free loopback ports. */
    public static RegionSimulator start(List<DemoRegion> configs, DemoKeys keys) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("faqsite-simulator");
        threads.setDaemon(true);
        Server server = new Server(threads);
        Map<String, SimulatedRegion> regions = new LinkedHashMap<>();
        Map<Connector, SimulatedRegion> byConnector = new LinkedHashMap<>();
        for (DemoRegion config : configs) {
            ServerConnector connector = new ServerConnector(server, 1, 1);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            SimulatedRegion region = new SimulatedRegion(config, keys, connector);
            regions.put(config.id(), region);
            byConnector.put(connector, region);
        }
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                SimulatedRegion region = byConnector.get(request.getConnectionMetaData().getConnector());
                return region != null && region.handle(request, response, callback);
            }
        });
        server.start();
        regions.values().forEach(SimulatedRegion::pinPort);
        return new RegionSimulator(server, regions, keys);
    }

    /** The regions as the checker should probe them, in the configured order. */
    public List<Region> regions() {
        return regions.values().stream().map(SimulatedRegion::region).toList();
    }

    public SimulatedRegion region(String id) {
        SimulatedRegion region = regions.get(id);
        if (region == null) {
            throw new NoSuchElementException("no simulated region " + id + "; there are " + regions.keySet());
        }
        return region;
    }

    public List<SimulatedRegion> all() {
        return List.copyOf(regions.values());
    }

    public DemoKeys keys() {
        return keys;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
