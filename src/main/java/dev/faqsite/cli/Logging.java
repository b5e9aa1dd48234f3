package dev.faqsite.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Keeps the console to what the user asked for: JBake's and OrientDB's chatter goes through logback at WARN. */
final class Logging {

    private Logging() {
    }

    static void quiet() {
        // OrientDB logs through java.util.logging; route it to SLF4J so logback.xml decides
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
