package dev.faqsite.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Captures every log event of the JVM while open — from every logger, at every level from DEBUG up — so that a test
 * can search what the server would have logged.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger faqsite = (Logger) LoggerFactory.getLogger("dev.faqsite");
    private final Level rootLevel = root.getLevel();
    private final Level faqsiteLevel = faqsite.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        faqsite.setLevel(Level.TRACE);
    }

    /** Every captured line as it would be printed: level, logger, message with its arguments, and any exception. */
    public List<String> lines() {
        synchronized (appender.list) {
            return appender.list.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage()))
                    .toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        faqsite.setLevel(faqsiteLevel);
        appender.stop();
    }
}
