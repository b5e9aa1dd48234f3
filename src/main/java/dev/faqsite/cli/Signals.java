package dev.faqsite.cli;

import sun.misc.Signal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SIGTERM (a service manager, {@code kill}) and SIGINT (Ctrl+C) stop the server gracefully, once, and the process
 * then exits 0 by returning from its command: a JVM shutdown hook could not change the exit status (143 for SIGTERM)
 * and would race the rest of the shutdown. {@code sun.misc.Signal} (module jdk.unsupported) is the JDK's only way
 * to take over a signal.
 */
final class Signals {

    /** What stopping does; may block until the server has stopped. */
    @FunctionalInterface
    interface Stop {
        void run() throws Exception;
    }

    private Signals() {
    }

    static void onStop(Stop stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[]{"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                if (!stopping.compareAndSet(false, true)) {
                    return;
                }
                System.out.println("Stopping (SIG" + name + "): finishing running checks and votes…");
                System.out.flush();
                try {
                    stop.run();
                } catch (Exception e) {
                    System.err.println("faqsite: stopping: " + e);
                }
            });
        }
    }
}
