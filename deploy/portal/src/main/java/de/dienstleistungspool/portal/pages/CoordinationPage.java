package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Koordination: the coordinator's tasks for the region (members, rates, year-end close, flushing plan, reports, shortages) in one place. */
@Path(PagePolicy.COORDINATION_PATH)
@Produces(MediaType.TEXT_HTML)
public class CoordinationPage {

    static final String MEMBERS = PagePolicy.COORDINATION_PATH + "/mitglieder";
    static final String RATES = PagePolicy.COORDINATION_PATH + "/saetze";
    static final String CLOSE = PagePolicy.COORDINATION_PATH + "/jahresabschluss";
    static final String REPORTS = PagePolicy.COORDINATION_PATH + "/berichte";
    static final String FLUSHING = PagePolicy.COORDINATION_PATH + "/spuelplan";
    static final String SHORTAGES = PagePolicy.COORDINATION_PATH + "/engpaesse";

    @Inject
    CurrentPerson person;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coordination(int year);
    }

    @GET
    public TemplateInstance coordination() {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        return Templates.coordination(Years.current());
    }
}
