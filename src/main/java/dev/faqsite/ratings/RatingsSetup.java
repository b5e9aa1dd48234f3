package dev.faqsite.ratings;

import dev.faqsite.model.RatingsConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The ratings config with its secrets resolved from the environment: which database, and the dashboard's token.
 * The environment wins over the config, so that secrets need not be written in {@code site.yml}.
 *
 * @param database   where votes are kept
 * @param adminToken the dashboard's token; empty when none is configured, and then the dashboard refuses everyone
 */
public record RatingsSetup(Database database, Optional<String> adminToken) {

    public static final String ADMIN_TOKEN_ENV = "FAQSITE_ADMIN_TOKEN";
    public static final String DB_USER_ENV = "FAQSITE_DB_USER";
    public static final String DB_PASSWORD_ENV = "FAQSITE_DB_PASSWORD";

    /** A setting that cannot work, with what to do about it. */
    public static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;

        public SetupException(String message) {
            super(message);
        }
    }

    @Override
    public String toString() {
        return "RatingsSetup[" + database.describe() + ", admin token " + (adminToken.isPresent() ? "set" : "not set") + "]";
    }

    /**
     * @param siteRoot the site's folder: a relative {@code data_dir} is under it
     * @param env      the process environment (a map, so that tests choose it)
     */
    public static RatingsSetup resolve(RatingsConfig config, Path siteRoot, Map<String, String> env) throws SetupException {
        Optional<String> token = nonBlank(env.get(ADMIN_TOKEN_ENV)).or(config::adminToken);
        if (token.isPresent() && token.get().length() < RatingsConfig.MIN_TOKEN_LENGTH) {
            throw new SetupException(ADMIN_TOKEN_ENV + " is shorter than " + RatingsConfig.MIN_TOKEN_LENGTH
                    + " characters (use a long random token, e.g. from 'openssl rand -hex 24')");
        }
        Database database;
        if (config.jdbcUrl().isPresent()) {
            database = new Database.Postgres(config.jdbcUrl().get(), nonBlank(env.get(DB_USER_ENV)), nonBlank(env.get(DB_PASSWORD_ENV)));
        } else {
            Path dataDir = siteRoot.resolve(config.dataDir());
            try {
                database = Database.Sqlite.in(dataDir, config.durability());
            } catch (IOException e) {
                throw new SetupException("cannot create the ratings data folder " + dataDir + ": " + e.getMessage()
                        + " (check its permissions, or set ratings.data_dir in site.yml)");
            }
        }
        return new RatingsSetup(database, token);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
