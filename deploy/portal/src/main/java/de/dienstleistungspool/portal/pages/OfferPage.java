package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.MunicipalityApi;
import de.dienstleistungspool.portal.clients.PoolApi;
import de.dienstleistungspool.portal.session.CurrentPerson;
import de.dienstleistungspool.portal.session.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An offer's page: its details, its calendar for four weeks (a status per day), who offers it, a booking form for
 * dispatchers, a standby rota form for staff standby, and for the owner's works staff the link to subscribe to its
 * iCalendar feed (the feed secret is the owner's, so only they can hand it out).
 */
@Path("/angebote")
@Produces(MediaType.TEXT_HTML)
public class OfferPage {

    static final int WEEKS = 4;

    @Inject
    CurrentPerson person;

    @RestClient
    PoolApi pool;

    @RestClient
    MunicipalityApi municipality;

    @ConfigProperty(name = "portal.public-pool-url", defaultValue = "http://localhost:8082")
    String publicPoolUrl;

    /** One week row of the calendar: its number and the status of each day. */
    public record CalendarWeek(String label, List<Week.Day> days, List<DayStatus> statuses) {
    }

    /** What the person may do here. */
    public record Actions(boolean book, boolean rota, boolean feed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offer(PoolApi.Offer offer, String ownerName, List<CalendarWeek> calendar,
                Week first, Actions actions, String bookingKey, String rotaKey, String start, String end,
                String feedUrl);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance offer(@PathParam("id") UUID id, @QueryParam("ab") String from) {
        return render(id, from, null);
    }

    @POST
    @Path("/{id}/kalender")
    public TemplateInstance calendarFeed(@PathParam("id") UUID id) {
        PoolApi.Offer offer = pool.offer(id);
        PagePolicy.require(ownsAndManages(offer));
        PoolApi.CalendarSecret secret = pool.newCalendarSecret();
        String url = publicPoolUrl + "/calendar/offers/" + id + ".ics?token=" + secret.token();
        return render(id, null, url);
    }

    private TemplateInstance render(UUID id, String from, String feedUrl) {
        LocalDate today = LocalDate.now(DayPlanner.BERLIN);
        Week first = Week.containing(from, today);
        PoolApi.Offer offer = pool.offer(id);
        PoolApi.Availability availability = pool.availability(id, first.start(),
                first.monday().plusWeeks(WEEKS).atStartOfDay(DayPlanner.BERLIN).toInstant());
        List<DayStatus> statuses = DayPlanner.plan(offer, availability.busy(), first.monday(), WEEKS * 7);
        List<CalendarWeek> calendar = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            Week week = new Week(first.monday().plusWeeks(w));
            calendar.add(new CalendarWeek("KW " + week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    week.days(today), statuses.subList(w * 7, w * 7 + 7)));
        }
        String ownerName = municipality.member(offer.ownerMemberId()).name();
        boolean mine = offer.ownerMemberId().equals(person.session().memberId());
        boolean dispatcher = person.hasRole(Roles.DISPATCHER) && !mine && "ACTIVE".equals(offer.status());
        Actions actions = new Actions(dispatcher, dispatcher && "STAFF_STANDBY".equals(offer.kind()), ownsAndManages(offer));
        return Templates.offer(offer, ownerName, calendar, first, actions, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), Times.input(Times.todayAt(1, 7)), Times.input(Times.todayAt(1, 16)),
                feedUrl);
    }

    private boolean ownsAndManages(PoolApi.Offer offer) {
        return offer.ownerMemberId().equals(person.session().memberId())
                && (person.hasRole(Roles.WORKS_STAFF) || person.hasRole(Roles.MEMBER_ADMIN));
    }
}
