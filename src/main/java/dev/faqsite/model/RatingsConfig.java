package dev.faqsite.model;

import java.util.Optional;

/**
 * The {@code ratings:} section of {@code site.yml}: whether question pages collect "Was this section helpful?" votes,
 * and where and how the server keeps them. Secrets (the admin token, the database password) may come from the
 * environment instead; they are resolved when the server starts, not here.
 *
 * @param enabled        whether the widget is rendered and the server accepts votes
 * @param dataDir        folder of the SQLite database, relative to the site's root unless absolute
 * @param jdbcUrl        a {@code jdbc:postgresql:} URL to keep votes in PostgreSQL instead of SQLite
 * @param durability     SQLite's {@code synchronous} setting
 * @param votesPerMinute how many votes one client may send per minute before it is answered 429
 * @param trustProxy     whether the client's address is taken from {@code X-Forwarded-For} (behind a reverse proxy)
 * @param adminToken     the dashboard's token when written in the config; the environment's wins
 */
public record RatingsConfig(boolean enabled, String dataDir, Optional<String> jdbcUrl, Durability durability,
                            int votesPerMinute, boolean trustProxy, Optional<String> adminToken) {

    /** Where the server takes votes and the widget sends them. */
    public static final String API_PATH = "/api/ratings";
    /** The longest comment accepted, in characters (code points). */
    public static final int COMMENT_MAX = 500;
    /** An admin token shorter than this could be guessed; it is refused from the config and the environment alike. */
    public static final int MIN_TOKEN_LENGTH = 16;
    public static final String DEFAULT_DATA_DIR = "data";
    public static final int DEFAULT_VOTES_PER_MINUTE = 30;

    /** SQLite's {@code synchronous}: NORMAL keeps every acknowledged vote across a process crash, FULL across power loss. */
    public enum Durability {
        NORMAL, FULL
    }

    /** A site whose config has no {@code ratings:} section: no widget, no API. */
    public static RatingsConfig disabled() {
        return new RatingsConfig(false, DEFAULT_DATA_DIR, Optional.empty(), Durability.NORMAL, DEFAULT_VOTES_PER_MINUTE,
                false, Optional.empty());
    }
}
