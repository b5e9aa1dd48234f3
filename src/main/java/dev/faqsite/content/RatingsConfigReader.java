package dev.faqsite.content;

import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.RatingsConfig.Durability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code ratings:} section of {@code site.yml}; every problem names its key and line. */
final class RatingsConfigReader {

    private RatingsConfigReader() {
    }

    static RatingsConfig read(YamlFields r) {
        r.rejectUnknown(Set.of("enabled", "data_dir", "jdbc_url", "synchronous", "votes_per_minute", "trust_proxy", "admin_token"));
        String dataDir = r.string("data_dir").orElse(RatingsConfig.DEFAULT_DATA_DIR);
        if (dataDir.isBlank()) {
            r.invalid("data_dir", "is empty", "name a folder such as data, or leave the key out");
        }
        Optional<String> jdbcUrl = r.string("jdbc_url").filter(u -> !u.isBlank());
        if (jdbcUrl.isPresent() && !jdbcUrl.get().startsWith("jdbc:postgresql:")) {
            r.invalid("jdbc_url", "must be a PostgreSQL JDBC URL, got '" + jdbcUrl.get() + "'",
                    "write e.g. jdbc:postgresql://localhost:5432/faqsite, or leave it out to use SQLite in data_dir");
        }
        Durability durability = r.oneOf("synchronous", List.of("normal", "full"))
                .map(s -> Durability.valueOf(s.toUpperCase(Locale.ROOT))).orElse(Durability.NORMAL);
        int perMinute = r.integer("votes_per_minute").orElse(RatingsConfig.DEFAULT_VOTES_PER_MINUTE);
        if (perMinute < 1) {
            r.invalid("votes_per_minute", "must be at least 1", "write e.g. " + RatingsConfig.DEFAULT_VOTES_PER_MINUTE);
        }
        Optional<String> token = r.string("admin_token").filter(t -> !t.isBlank());
        if (token.isPresent() && token.get().length() < RatingsConfig.MIN_TOKEN_LENGTH) {
            r.invalid("admin_token", "is shorter than " + RatingsConfig.MIN_TOKEN_LENGTH + " characters",
                    "use a long random token, e.g. from 'openssl rand -hex 24', preferably in FAQSITE_ADMIN_TOKEN instead of the config");
        }
        return new RatingsConfig(r.bool("enabled").orElse(true), dataDir, jdbcUrl, durability, perMinute,
                r.bool("trust_proxy").orElse(false), token);
    }
}
