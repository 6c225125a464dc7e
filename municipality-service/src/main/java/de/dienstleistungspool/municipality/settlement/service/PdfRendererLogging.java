package de.dienstleistungspool.municipality.settlement.service;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the PDF renderer's log lines through the service's logging (JSON in production, level set by
 * {@code quarkus.log.category."com.openhtmltopdf"}): left alone, openhtmltopdf installs its own console handler and
 * writes plain-text lines between the JSON ones.
 */
@ApplicationScoped
public class PdfRendererLogging {

    void route(@Observes StartupEvent ignored) {
        XRLog.setLoggerImpl(new ServiceLog());
    }

    /** Each record goes to the java.util.logging logger of its place, which Quarkus hands to its own handlers. */
    static final class ServiceLog implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            Logger.getLogger(where).log(level, msg);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            Logger.getLogger(where).log(level, msg, th);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels come from the service's configuration, not from the renderer
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
        }
    }
}
