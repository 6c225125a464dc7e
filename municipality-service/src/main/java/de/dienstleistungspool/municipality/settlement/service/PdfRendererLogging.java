package de.dienstleistungspool.municipality.settlement.service;

import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;

/**
 * Sends the PDF renderer's log lines through the service's logging (JSON in production, level set by
 * {@code quarkus.log.category."com.openhtmltopdf"}): left alone, openhtmltopdf installs its own console handler and
 * writes plain-text lines between the JSON ones.
 */
@ApplicationScoped
public class PdfRendererLogging {

    void route(@Observes StartupEvent ignored) {
        // "initialised": no handler or formatter of its own, its loggers hand every record to the root handlers
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.INFO, null, null));
    }
}
