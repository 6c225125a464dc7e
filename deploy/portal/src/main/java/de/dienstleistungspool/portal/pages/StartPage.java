package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.MunicipalityApi;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The start page after sign-in: for whom the person acts, with which roles, and where each task lives. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    @Inject
    CurrentPerson person;

    @Inject
    Navigation nav;

    @RestClient
    MunicipalityApi municipality;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String actingFor, List<String> roles,
                List<Navigation.Item> tasks);
    }

    @GET
    public TemplateInstance start() {
        UUID memberId = person.session().memberId();
        String actingFor = memberId == null ? person.memberName() : municipality.member(memberId).name();
        List<Navigation.Item> tasks = nav.items().stream().filter(i -> !i.href().equals("/")).toList();
        return Templates.start(actingFor, nav.roleNames(), tasks);
    }
}
