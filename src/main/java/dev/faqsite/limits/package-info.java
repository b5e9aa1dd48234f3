/**
 * Rate limits (Bucket4j token buckets): in memory for one server, shared by every instance through PostgreSQL when
 * several serve one site. No HTTP types; the server and the domains say what is limited and by whom.
 */
package dev.faqsite.limits;
