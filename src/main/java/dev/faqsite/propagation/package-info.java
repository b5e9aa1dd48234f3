/**
 * The key-propagation checker's domain: an {@link dev.faqsite.propagation.ApiKey} that never prints itself, a probe per
 * region in parallel ({@link dev.faqsite.propagation.RegionProber}), the classification of each answer
 * ({@link dev.faqsite.propagation.Classifier}), the {@link dev.faqsite.propagation.Verdict} over all regions and the
 * advice that goes with it, the limits that protect readers' credits ({@link dev.faqsite.propagation.CheckGate}) and
 * the re-check schedule ({@link dev.faqsite.propagation.Backoff}). Depends on {@code diag} and {@code model} only:
 * no HTTP-server types, so the server, the CLI and the tests share it.
 */
package dev.faqsite.propagation;
