/**
 * Page ratings, without HTTP: what a valid vote is ({@link dev.faqsite.ratings.VoteValidator} against the build's page
 * manifest), where votes are kept ({@link dev.faqsite.ratings.VoteStore}, one JDBC code path for SQLite and
 * PostgreSQL, schema migrated at start, every acknowledged vote committed), how fast one client may vote, and what
 * authors read ({@link dev.faqsite.ratings.RatingsReport}). Depends only on {@code diag} and {@code model}.
 */
package dev.faqsite.ratings;
