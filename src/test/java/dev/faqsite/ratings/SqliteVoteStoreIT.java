package dev.faqsite.ratings;

import dev.faqsite.model.RatingsConfig.Durability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on a real SQLite file. */
class SqliteVoteStoreIT extends VoteStoreContract {

    @TempDir
    Path data;
    private int databases;

    @Override
    Database emptyDatabase() throws Exception {
        return Database.Sqlite.in(data.resolve("db-" + databases++), Durability.NORMAL);
    }

    @Test
    void keepsTheDatabaseInWalModeWithTheChosenSynchronousSetting() throws Exception {
        Database full = Database.Sqlite.in(data.resolve("full"), Durability.FULL);
        JdbcVoteStore.open(full).close();
        try (Connection connection = full.open(); Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertEquals("wal", mode.getString(1));
            }
            try (ResultSet sync = statement.executeQuery("PRAGMA synchronous")) {
                sync.next();
                assertEquals(2, sync.getInt(1)); // FULL
            }
        }
        assertTrue(Files.exists(data.resolve("full/ratings.db")));
    }
}
