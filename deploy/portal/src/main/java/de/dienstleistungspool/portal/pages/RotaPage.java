package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.BookingApi;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A recurring standby rota (booking series of booking-service, weekly rule on the Berlin calendar), requested from a
 * staff standby offer's page; shows what was booked and which dates were skipped because they were taken.
 */
@Path(PagePolicy.SEARCH_PATH + "/bereitschaftsplan")
@Produces(MediaType.TEXT_HTML)
public class RotaPage {

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    BookingApi bookings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance booked(BookingApi.Series series);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@FormParam("angebot") String offer, @FormParam("von") String from,
            @FormParam("bis") String until, @FormParam("tage") List<String> days, @FormParam("beginn") String start,
            @FormParam("ende") String end, @FormParam("spanne") String span, @FormParam("abrechnung") String mode,
            @FormParam("sparte") String sector, @FormParam("luecken") String skipConflicts,
            @FormParam("schluessel") String key) {
        PagePolicy.require(PagePolicy.mayBook(person));
        BookingApi.NewSeries series;
        UUID offerId;
        try {
            offerId = UUID.fromString(offer);
            List<String> weekdays = days == null ? List.of() : days.stream().map(d -> DayOfWeek.valueOf(d).name()).toList();
            series = new BookingApi.NewSeries(offerId, Params.code(mode), Params.orNull(Params.code(sector)), null,
                    new BookingApi.Weekly(LocalDate.parse(from).toString(), LocalDate.parse(until).toString(), weekdays,
                            LocalTime.parse(start).toString(), LocalTime.parse(end).toString(), Integer.parseInt(span)));
        } catch (RuntimeException e) {
            return refused(400, msg.refusal("invalid-series"), "/suchen");
        }
        String back = "/angebote/" + offerId;
        try {
            BookingApi.Series booked = bookings.series(new BookingForm.KeyOf(key).value(), "ja".equals(skipConflicts), series);
            return Response.ok(Templates.booked(booked)).build();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return refused(e.status(), Refusals.explain(msg, e), back);
        }
    }

    private static Response refused(int status, String message, String back) {
        return Response.status(status).entity(SearchPage.Templates.refused(message, back)).build();
    }
}
