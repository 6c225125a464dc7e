package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Books a standby rota (a series of periods) all-or-nothing, reporting every conflicting date, or books the free
 * dates and reports the skipped ones when the client asks for that.
 */
@ApplicationScoped
public class BookingSeriesRequests {

    @Inject
    BookingPolicy policy;

    @Inject
    BookingRequests requests;

    @Inject
    BookingRepository bookings;

    @Inject
    OfferRepository offers;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    BookingConfig config;

    @Inject
    UnmetNeeds needs;

    /** The booked occurrences and the skipped ones. */
    public record SeriesResult(UUID seriesId, List<Booking> bookings, List<SeriesConflict> skipped) {
    }

    @Transactional
    public SeriesResult request(BookingDraft template, List<Instant[]> periods, boolean skipConflicts) {
        if (periods.isEmpty() || periods.size() > config.maxOccurrences()) {
            throw ProblemException.badRequest("invalid-series", "A series needs 1 to " + config.maxOccurrences()
                    + " occurrences, not " + periods.size());
        }
        Offer offer = policy.bookableOffer(template.offerId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID seriesId = UUID.randomUUID();
        List<Booking> drafts = new ArrayList<>();
        for (Instant[] p : periods) {
            drafts.add(policy.prepare(offer, template.withPeriod(p[0], p[1]), seriesId, now));
        }
        drafts.sort(Comparator.comparing(b -> b.startAt));
        for (int i = 1; i < drafts.size(); i++) {
            if (drafts.get(i).startAt.isBefore(drafts.get(i - 1).occupiedUntil())) {
                throw ProblemException.badRequest("series-overlaps-itself", "Occurrences " + drafts.get(i - 1).startAt
                        + " and " + drafts.get(i).startAt + " overlap (buffer of " + offer.bufferMinutes + " min included)");
            }
        }
        // Holding the offer row in share mode keeps its status and blackouts fixed until this transaction ends.
        offers.lockShared(offer.id);
        List<SeriesConflict> conflicts = conflicts(drafts);
        for (SeriesConflict c : conflicts) {
            if (!"outside-hours".equals(c.reason())) {
                drafts.stream().filter(b -> b.startAt.equals(c.start())).findFirst()
                        .ifPresent(b -> needs.refused(b, "booked".equals(c.reason()) ? "booking-overlap" : c.reason()));
            }
        }
        if (!conflicts.isEmpty() && !skipConflicts) {
            throw new SeriesConflictException(conflicts.size() + " of " + drafts.size()
                    + " occurrences conflict; nothing was booked (ask with skipConflicts=true to book the free ones)",
                    conflicts);
        }
        List<Booking> booked = new ArrayList<>();
        List<SeriesConflict> skipped = new ArrayList<>(conflicts);
        for (Booking b : drafts) {
            if (conflicts.stream().anyMatch(c -> c.start().equals(b.startAt))) {
                continue;
            }
            if (requests.insert(b, offer)) {
                booked.add(b);
            } else if (skipConflicts) {
                // a concurrent request took the period between the check and the insert
                skipped.add(new SeriesConflict(b.startAt, b.endAt, "booked", null, null));
                needs.refused(b, "booking-overlap");
            } else {
                ProblemException refused = requests.overlap(b);
                needs.refused(b, refused);
                throw refused;
            }
        }
        if (booked.isEmpty()) {
            throw new SeriesConflictException("Every occurrence conflicts; nothing was booked", skipped);
        }
        return new SeriesResult(seriesId, booked, skipped);
    }

    private List<SeriesConflict> conflicts(List<Booking> drafts) {
        Instant from = drafts.get(0).startAt;
        Instant to = drafts.stream().map(Booking::occupiedUntil).max(Comparator.naturalOrder()).orElseThrow();
        UUID offerId = drafts.get(0).offerId;
        List<Booking> taken = bookings.activeOverlapping(offerId, from, to);
        List<Instant[]> blocked = blackouts.overlapping(offerId, from, to);
        List<SeriesConflict> conflicts = new ArrayList<>();
        for (Booking d : drafts) {
            taken.stream().filter(t -> t.startAt.isBefore(d.occupiedUntil()) && d.startAt.isBefore(t.occupiedUntil()))
                    .findFirst()
                    .ifPresent(t -> conflicts.add(new SeriesConflict(d.startAt, d.endAt, "booked", t.startAt, t.endAt)));
            if (conflicts.stream().noneMatch(c -> c.start().equals(d.startAt))
                    && !offers.withinBookableHours(offerId, d.startAt, d.endAt)) {
                conflicts.add(new SeriesConflict(d.startAt, d.endAt, "outside-hours", null, null));
            }
            if (conflicts.stream().noneMatch(c -> c.start().equals(d.startAt))) {
                blocked.stream().filter(x -> x[0].isBefore(d.occupiedUntil()) && d.startAt.isBefore(x[1])).findFirst()
                        .ifPresent(x -> conflicts.add(new SeriesConflict(d.startAt, d.endAt, "blackout", x[0], x[1])));
            }
        }
        return conflicts;
    }
}
