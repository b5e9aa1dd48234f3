package dev.faqsite.ratings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few connections for reads (a browser asking for its vote, reports), kept open between uses: opening one costs
 * more than the query. A connection that failed is dropped, not reused.
 */
final class ReadConnections implements AutoCloseable {

    interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Database database;
    private final BlockingQueue<Connection> idle;
    private final Semaphore permits;
    private volatile boolean closed;

    ReadConnections(Database database, int size) {
        this.database = database;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new Semaphore(size, true);
    }

    <T> T read(Query<T> query) throws SQLException {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new SQLException("no database connection became free within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        Connection connection = null;
        try {
            connection = idle.poll();
            if (connection == null) {
                connection = database.open();
            }
            T result = query.run(connection);
            if (closed || !idle.offer(connection)) {
                connection.close();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                quietlyClose(connection);
            }
            throw e;
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection connection;
        while ((connection = idle.poll()) != null) {
            quietlyClose(connection);
        }
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it failed already
        }
    }
}
