package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.CoordinationApi;
import de.dienstleistungspool.portal.clients.Page;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The region's members for the coordinator: the directory (filter by status, search by name) and admitting a new
 * member with its first depot and first member-admin, whose initial password is shown once on the answer page.
 */
@Path(CoordinationPage.MEMBERS)
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    static final int PAGE_SIZE = 50;
    static final List<String> KINDS = List.of("MUNICIPALITY", "ZWECKVERBAND", "STADTWERKE", "EIGENBETRIEB");

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    CoordinationApi coordination;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(List<CoordinationApi.MemberEntry> members, long total, String status,
                String name, String query, int page, boolean hasNext);

        static native TemplateInstance admit(MemberForm form, List<String> kinds, List<String> sectors, String key,
                String error);

        static native TemplateInstance admitted(CoordinationApi.Admitted admitted);
    }

    @GET
    public TemplateInstance members(@QueryParam("status") String status, @QueryParam("name") String name,
            @QueryParam("seite") String pageParam) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int page = Math.max(0, Params.integer(pageParam, 1) - 1);
        String filter = List.of("ACTIVE", "LEFT").contains(Params.code(status)) ? Params.code(status) : "";
        String search = name == null ? "" : name.strip();
        Page<CoordinationApi.MemberEntry> found = coordination.members(Params.orNull(filter),
                search.isEmpty() ? null : search, page, PAGE_SIZE);
        String query = "?status=" + filter + "&name=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8);
        return Templates.members(found.items(), found.total(), filter, search, query, page,
                (long) (page + 1) * PAGE_SIZE < found.total());
    }

    @GET
    @Path("/neu")
    public TemplateInstance admitForm() {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        return Templates.admit(new MemberForm(), KINDS, AccountingPage.SECTORS, UUID.randomUUID().toString(), null);
    }

    @POST
    @Path("/neu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@BeanParam MemberForm form) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        CoordinationApi.NewMember request = form.request();
        if (request == null) {
            return refused(400, form, msg.refusal("invalid-coordinates"));
        }
        try {
            return Response.ok(Templates.admitted(coordination.admit(form.idempotencyKey(), request)))
                    .build();
        } catch (ServiceProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            return refused(e.status(), form, Refusals.explain(msg, e));
        }
    }

    private Response refused(int status, MemberForm form, String error) {
        return Response.status(status)
                .entity(Templates.admit(form, KINDS, AccountingPage.SECTORS, UUID.randomUUID().toString(), error)).build();
    }
}
