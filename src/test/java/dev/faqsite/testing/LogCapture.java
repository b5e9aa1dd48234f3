package dev.faqsite.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Captures the log events of the JVM while open, so that a test can search what the server would log: faqsite's own
 * code at every level, and every library at DEBUG or at the level {@code logback.xml} gives it. (Jetty is kept at its
 * configured WARN: its DEBUG is a wire trace that prints raw traffic — headers included — by design, and is never
 * to be turned on where real keys pass.)
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
        root.setLevel(Level.DEBUG);
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
