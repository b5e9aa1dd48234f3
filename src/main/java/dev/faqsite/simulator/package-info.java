/**
 * Simulated regional API sites for demo mode and the tests: real HTTP servers on loopback ports, each with its own
 * latency and its own delay before a newly issued demo key becomes valid there, and faults that can be injected per
 * region (timeout, server error, refused connection, slow body, 429 with {@code Retry-After}, unexpected body,
 * redirect). Uses Jetty; depends on {@code model} only, so the domain in {@code propagation} stays server-free.
 */
package dev.faqsite.simulator;
