package dev.faqsite.model;

import java.time.Duration;

/**
 * A regional API site simulated on loopback in demo mode (no real regions configured).
 *
 * @param id               as in {@link Region#id()}
 * @param label            as in {@link Region#label()}
 * @param location         as in {@link Region#location()}
 * @param latency          how long it takes to answer any request
 * @param propagationDelay how long after a demo key is issued this region starts accepting it
 */
public record DemoRegion(String id, String label, String location, Duration latency, Duration propagationDelay) {
}
