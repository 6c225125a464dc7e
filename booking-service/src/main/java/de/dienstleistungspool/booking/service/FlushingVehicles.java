package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.config.FlushingConfig;
import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.CampaignPlanner;
import de.dienstleistungspool.booking.domain.JobDays;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.domain.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The region's flushing vehicles of a sector with their free job days in a year: days from tomorrow within the
 * booking horizon, inside the offer's bookable hours, touched by no active booking (of the offer or of its crew) and
 * no blackout, buffer included.
 */
@ApplicationScoped
public class FlushingVehicles {

    @Inject
    OfferRepository offers;

    @Inject
    BookingRepository bookings;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    FlushingConfig flushing;

    @Inject
    BookingConfig config;

    /**
     * The vehicles and their free days. With {@code lock} each offer row is held in share mode first (in id order),
     * as a booking insert holds it, so no blackout or status change slips in before the campaign's bookings.
     */
    public List<CampaignPlanner.Vehicle> free(UUID regionId, Sector sector, int year, boolean lock) {
        LocalDate today = LocalDate.now(JobDays.BERLIN);
        LocalDate from = max(LocalDate.of(year, 1, 1), today.plusDays(1));
        LocalDate until = min(LocalDate.of(year, 12, 31), today.plusDays(config.maxAdvance().toDays() - 1));
        List<CampaignPlanner.Vehicle> vehicles = new ArrayList<>();
        for (Offer o : offers.capacityOffers(regionId, flushing.category(), sector)) {
            if (lock) {
                offers.lockShared(o.id);
            }
            if (from.isAfter(until)) {
                vehicles.add(new CampaignPlanner.Vehicle(o, List.of()));
                continue;
            }
            List<JobDays.Window> days = JobDays.of(o.weeklyMinutes, from, until, flushing.dayStart(), flushing.dayEnd());
            Instant start = days.isEmpty() ? null : days.get(0).start();
            Instant end = days.isEmpty() ? null : days.get(days.size() - 1).end().plusSeconds(60L * o.bufferMinutes);
            if (start != null) {
                List<Instant[]> busy = busy(o, start, end);
                days = days.stream().filter(d -> busy.stream().noneMatch(b -> d.meets(b[0], b[1], o.bufferMinutes))).toList();
            }
            vehicles.add(new CampaignPlanner.Vehicle(o, days));
        }
        return vehicles;
    }

    private List<Instant[]> busy(Offer o, Instant from, Instant to) {
        List<Instant[]> busy = new ArrayList<>(blackouts.overlapping(o.id, from, to));
        List<Booking> taken = new ArrayList<>(bookings.activeOverlapping(o.id, from, to));
        if (o.personId != null) {
            taken.addAll(bookings.activeOfOffersPerson(o.id, from, to));
        }
        taken.forEach(b -> busy.add(new Instant[] {b.startAt, b.occupiedUntil()}));
        return busy;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
