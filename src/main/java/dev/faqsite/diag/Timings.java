package dev.faqsite.diag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How long each stage of a build took, printed by {@code faqsite build --timings}. */
public final class Timings {

    /** One stage and its duration. */
    public record Phase(String name, Duration duration) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private long mark = System.nanoTime();

    /** Ends the current stage under {@code name} and starts the next. */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        phases.add(new Phase(name, Duration.ofNanos(now - mark)));
        mark = now;
    }

    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** {@code config 0.05 s, crawl 1.20 s, …} */
    public synchronized String format() {
        return phases.stream().map(p -> String.format(Locale.ROOT, "%s %.2f s", p.name(), p.duration().toNanos() / 1e9))
                .collect(Collectors.joining(", "));
    }
}
