/**
 * {@code faqsite check --external}: fetches every external link of a built site, with bounded concurrency, a limit per
 * host, timeouts, retries with backoff (honouring Retry-After) and a cache file with a time-to-live, and turns what
 * does not answer into {@code external-link} findings. The build itself never goes online; only this package does,
 * and only when asked. Depends on diag and model only.
 */
package dev.faqsite.external;
