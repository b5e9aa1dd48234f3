package dev.faqsite.content;

import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingsConfigReaderTest {

    private static final String HEAD = "name: Docs\nbase_url: https://docs.example.test\n";

    private static List<String> problems(String yaml) {
        return SiteConfigReader.read("site.yml", HEAD + yaml).problems().stream().sorted().map(p -> p.format()).toList();
    }

    private static RatingsConfig ratings(String yaml) {
        SiteConfig config = SiteConfigReader.read("site.yml", HEAD + yaml).value().orElseThrow();
        return config.ratings();
    }

    @Test
    void leavesRatingsOffWhenTheConfigHasNoRatingsSection() {
        assertFalse(ratings("").enabled());
    }

    @Test
    void turnsRatingsOnWithSqliteDefaultsForAnEmptySection() {
        RatingsConfig ratings = ratings("ratings: {}\n");
        assertTrue(ratings.enabled());
        assertEquals("data", ratings.dataDir());
        assertEquals(Optional.empty(), ratings.jdbcUrl());
        assertEquals(RatingsConfig.Durability.NORMAL, ratings.durability());
        assertEquals(30, ratings.votesPerMinute());
        assertFalse(ratings.trustProxy());
        assertEquals(Optional.empty(), ratings.adminToken());
    }

    @Test
    void readsEveryKey() {
        RatingsConfig ratings = ratings("""
                ratings:
                  enabled: true
                  data_dir: /var/lib/faqsite
                  jdbc_url: jdbc:postgresql://db.internal/faqsite
                  synchronous: full
                  votes_per_minute: 5
                  trust_proxy: true
                  admin_token: abcdefghijklmnopqrstuvwxyz
                """);
        assertEquals("/var/lib/faqsite", ratings.dataDir());
        assertEquals(Optional.of("jdbc:postgresql://db.internal/faqsite"), ratings.jdbcUrl());
        assertEquals(RatingsConfig.Durability.FULL, ratings.durability());
        assertEquals(5, ratings.votesPerMinute());
        assertTrue(ratings.trustProxy());
        assertEquals(Optional.of("abcdefghijklmnopqrstuvwxyz"), ratings.adminToken());
    }

    @Test
    void namesAnUnknownRatingsKeyAndItsLine() {
        assertEquals(List.of("site.yml:4:3: error: unknown key 'ratings.data_folder' (known keys: admin_token, data_dir, enabled, "
                + "jdbc_url, synchronous, trust_proxy, votes_per_minute)"), problems("ratings:\n  data_folder: x\n"));
    }

    @Test
    void rejectsAnUnknownSynchronousSetting() {
        List<String> problems = problems("ratings:\n  synchronous: off\n");
        assertEquals(1, problems.size());
        assertEquals("site.yml:4:16: error: 'ratings.synchronous' must be one of normal, full, got 'off' (write one of normal, full)",
                problems.get(0));
    }

    @Test
    void rejectsAJdbcUrlOtherThanPostgresql() {
        List<String> problems = problems("ratings:\n  jdbc_url: jdbc:mysql://x/y\n");
        assertTrue(problems.get(0).startsWith("site.yml:4:13: error: 'ratings.jdbc_url' must be a PostgreSQL JDBC URL"), problems.get(0));
    }

    @Test
    void rejectsAShortAdminTokenAndAZeroRateLimit() {
        List<String> problems = problems("ratings:\n  admin_token: secret\n  votes_per_minute: 0\n");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("site.yml:4:16: error: 'ratings.admin_token' is shorter than 16 characters"), problems.get(0));
        assertTrue(problems.get(1).startsWith("site.yml:5:21: error: 'ratings.votes_per_minute' must be at least 1"), problems.get(1));
    }

    @Test
    void namesAWrongTypeInTheRatingsSection() {
        assertEquals(List.of("site.yml:4:12: error: 'ratings.enabled' must be true or false, got 'yes please' (write true or false)"),
                problems("ratings:\n  enabled: yes please\n"));
    }
}
