package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.domain.Blackout;
import de.dienstleistungspool.pool.domain.BusyPeriod;
import de.dienstleistungspool.pool.domain.Offer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Renders bookings and blackouts of offers as an RFC 5545 calendar with ical4j (times in UTC). */
@ApplicationScoped
public class ICalendarWriter {

    public String write(String name, Map<java.util.UUID, Offer> offers, List<BusyPeriod> bookings, List<Blackout> blackouts) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Dienstleistungspool//Pool Service//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (BusyPeriod b : bookings) {
            Offer offer = offers.get(b.offerId);
            VEvent event = new VEvent(b.start, b.end, "Buchung: " + offer.title + " (" + b.status + ")");
            event.add(new Uid(b.bookingId + "@booking.dienstleistungspool"));
            event.add(new Location(b.site != null ? b.site : offer.depotName));
            event.add(new Description("Buchung " + b.bookingId + ", Status " + b.status
                    + (b.occupiedUntil.isAfter(b.end) ? ", Pufferzeit bis " + b.occupiedUntil : "")));
            event.add("REQUESTED".equals(b.status) ? new Status(Status.VALUE_TENTATIVE) : new Status(Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        for (Blackout x : blackouts) {
            Offer offer = offers.get(x.offerId);
            VEvent event = new VEvent(x.start, x.end, "Sperrzeit: " + offer.title + " – " + x.reason);
            event.add(new Uid(x.id + "@blackout.dienstleistungspool"));
            event.add(new Location(offer.depotName));
            event.add(new Description(x.reason));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
