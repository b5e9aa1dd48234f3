package dev.faqsite.bench;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;

/**
 * The benchmark's peer: stock JBake 2.7.0 baking a site through its public API, {@code Oven.bake()}, exactly as
 * JBake's own launcher does. Run by bench/build-bench.sh, never by the tests.
 *
 * <p>Usage: {@code StockJBakeBench SOURCE DESTINATION}
 */
public final class StockJBakeBench {

    private StockJBakeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StockJBakeBench SOURCE DESTINATION");
            System.exit(2);
        }
        long started = System.nanoTime();
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        System.out.printf("stock JBake baked in %.1f s with %d errors%n", (System.nanoTime() - started) / 1e9, oven.getErrors().size());
        oven.getErrors().stream().limit(5).forEach(e -> System.err.println(e.getMessage()));
        System.exit(oven.getErrors().isEmpty() ? 0 : 1);
    }
}
