package dev.faqsite.ratings;

import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.RatingsConfig.Durability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingsSetupTest {

    @TempDir
    Path site;

    private static RatingsConfig config(Optional<String> jdbcUrl, Optional<String> token) {
        return new RatingsConfig(true, "var/votes", jdbcUrl, Durability.FULL, 30, false, token);
    }

    @Test
    void keepsVotesInSqliteInTheDataFolderUnderTheSite() throws Exception {
        RatingsSetup setup = RatingsSetup.resolve(config(Optional.empty(), Optional.empty()), site, Map.of());
        assertEquals(new Database.Sqlite(site.resolve("var/votes/ratings.db").toAbsolutePath().normalize(), Durability.FULL), setup.database());
        assertTrue(Files.isDirectory(site.resolve("var/votes")));
        assertEquals(Optional.empty(), setup.adminToken());
    }

    @Test
    void takesTheAdminTokenFromTheEnvironmentBeforeTheConfig() throws Exception {
        RatingsSetup setup = RatingsSetup.resolve(config(Optional.empty(), Optional.of("from-the-config-0123")), site,
                Map.of("FAQSITE_ADMIN_TOKEN", "from-the-environment-0123"));
        assertEquals(Optional.of("from-the-environment-0123"), setup.adminToken());
        assertEquals(Optional.of("from-the-config-0123"),
                RatingsSetup.resolve(config(Optional.empty(), Optional.of("from-the-config-0123")), site, Map.of()).adminToken());
    }

    @Test
    void refusesAShortAdminTokenFromTheEnvironment() {
        RatingsSetup.SetupException e = assertThrows(RatingsSetup.SetupException.class,
                () -> RatingsSetup.resolve(config(Optional.empty(), Optional.empty()), site, Map.of("FAQSITE_ADMIN_TOKEN", "hunter2")));
        assertTrue(e.getMessage().startsWith("FAQSITE_ADMIN_TOKEN is shorter than 16 characters"), e.getMessage());
    }

    @Test
    void usesPostgresqlWithCredentialsFromTheEnvironmentAndNeverPrintsThePassword() throws Exception {
        RatingsSetup setup = RatingsSetup.resolve(config(Optional.of("jdbc:postgresql://db/faq?sslmode=require"), Optional.empty()), site,
                Map.of("FAQSITE_DB_USER", "faq", "FAQSITE_DB_PASSWORD", "s3cret-pw"));
        assertEquals(new Database.Postgres("jdbc:postgresql://db/faq?sslmode=require", Optional.of("faq"), Optional.of("s3cret-pw")),
                setup.database());
        assertEquals("PostgreSQL jdbc:postgresql://db/faq as faq", setup.database().describe());
        assertFalse(setup.toString().contains("s3cret"));
        assertFalse(setup.database().toString().contains("s3cret"));
    }
}
