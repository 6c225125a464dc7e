package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.domain.Depot;
import de.dienstleistungspool.pool.domain.DepotRepository;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.OfferWindow;
import de.dienstleistungspool.pool.domain.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The rules an offer's content must follow per kind, and how a request's content lands on an offer. */
@ApplicationScoped
public class OfferRules {

    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    @Inject
    DepotRepository depots;

    @Inject
    Caller caller;

    /** Refuses kind-specific nonsense with 400; {@code existingKind} is the stored kind when editing. */
    public void check(OfferRequest r, OfferKind existingKind) {
        if (existingKind != null && existingKind != r.kind()) {
            throw ProblemException.badRequest("kind-immutable",
                    "The kind of an offer cannot change (it is " + existingKind + "); retire it and create a new one");
        }
        switch (r.kind()) {
            case STAFF_STANDBY -> {
                if (r.windows() == null || r.windows().isEmpty()) {
                    throw ProblemException.badRequest("windows-required",
                            "A STAFF_STANDBY offer needs at least one window in which the person can be booked");
                }
                if (r.unit() == Unit.METRE) {
                    throw ProblemException.badRequest("invalid-unit", "A STAFF_STANDBY offer is settled per HOUR or DAY");
                }
            }
            case SERVICE -> {
                if (r.capacityPerDay() == null) {
                    throw ProblemException.badRequest("capacity-required",
                            "A SERVICE offer states its typical capacity per day in its unit (capacityPerDay)");
                }
            }
            case EQUIPMENT -> {
                if (r.unit() == Unit.METRE) {
                    throw ProblemException.badRequest("invalid-unit", "EQUIPMENT is lent per HOUR or DAY");
                }
            }
        }
        if (r.kind() != OfferKind.STAFF_STANDBY && r.windows() != null && !r.windows().isEmpty()) {
            throw ProblemException.badRequest("windows-not-allowed", "Only STAFF_STANDBY offers have bookable windows");
        }
        checkWindows(r.windows());
        if (r.bookableHours() != null) {
            BookableHours.stored(r.bookableHours());
        }
        if (Boolean.TRUE.equals(r.emergencyUse()) && r.onCall() == null) {
            throw ProblemException.badRequest("on-call-required",
                    "An offer that allows emergency use names the on-call contact who is alerted (onCall)");
        }
        if (r.person() != null && r.kind() == OfferKind.EQUIPMENT) {
            throw ProblemException.badRequest("person-not-allowed",
                    "Only STAFF_STANDBY and SERVICE offers provide a person or crew");
        }
    }

    private static void checkWindows(List<OfferRequest.WindowRequest> windows) {
        if (windows == null) {
            return;
        }
        List<OfferRequest.WindowRequest> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(OfferRequest.WindowRequest::start));
        for (int i = 0; i < sorted.size(); i++) {
            var w = sorted.get(i);
            if (!w.end().isAfter(w.start())) {
                throw ProblemException.badRequest("invalid-period", "Window " + w.start() + " – " + w.end() + " must end after it starts");
            }
            if (Duration.between(w.start(), w.end()).compareTo(LONGEST_WINDOW) > 0) {
                throw ProblemException.badRequest("invalid-period", "A window may last at most 366 days");
            }
            if (i > 0 && sorted.get(i - 1).end().isAfter(w.start())) {
                throw ProblemException.badRequest("overlapping-windows", "Windows overlap at " + w.start());
            }
        }
    }

    /** Copies the editable content onto the offer and stamps it. */
    public void apply(OfferRequest r, Offer o) {
        o.category = r.category();
        o.title = r.title().strip();
        o.description = r.description();
        o.sectors = r.sectors().stream().map(Enum::name).sorted().toArray(String[]::new);
        o.unit = r.unit();
        o.bufferMinutes = r.bufferMinutes() == null ? 0 : r.bufferMinutes();
        o.settlementModes = r.settlementModes().stream().map(Enum::name).sorted().toArray(String[]::new);
        o.autoConfirm = r.autoConfirm();
        o.conditionNotes = r.conditionNotes();
        o.requiredQualification = r.requiredQualification();
        o.qualifications = r.qualifications() == null ? new String[0] : r.qualifications().stream().map(String::strip).toArray(String[]::new);
        o.capacityPerDay = r.capacityPerDay();
        o.emergencyUse = Boolean.TRUE.equals(r.emergencyUse());
        o.onCallName = r.onCall() == null ? null : r.onCall().name().strip();
        o.onCallEmail = r.onCall() == null ? null : r.onCall().email().strip();
        o.onCallPhone = r.onCall() == null || r.onCall().phone() == null ? null : r.onCall().phone().strip();
        o.personId = r.person() == null ? null : r.person().id();
        o.personName = r.person() == null ? null : r.person().name().strip();
        if (r.bookableHours() != null) {
            o.weeklyMinutes = BookableHours.stored(r.bookableHours());
        }
        o.updatedAt = OfferService.now();
        placeAtDepot(r.depot(), o);
    }

    private void placeAtDepot(OfferRequest.DepotRequest d, Offer o) {
        if (d != null && d.depotId() != null) {
            Depot depot = depots.findOf(caller.memberId(), d.depotId()).orElseThrow(() ->
                    ProblemException.unprocessable("unknown-depot", "Depot " + d.depotId() + " is not a depot of your member"));
            place(o, depot.name, depot.latitude, depot.longitude);
        } else if (d != null && (d.latitude() != null || d.longitude() != null || d.name() != null)) {
            if (d.latitude() == null || d.longitude() == null || d.name() == null || d.name().isBlank()) {
                throw ProblemException.badRequest("incomplete-depot", "A depot needs either depotId or name, latitude and longitude");
            }
            place(o, d.name().strip(), d.latitude().doubleValue(), d.longitude().doubleValue());
        } else {
            Depot depot = depots.mainDepotOf(caller.memberId()).orElseThrow(() -> ProblemException.unprocessable(
                    "no-depot", "No depot of your member is known yet; give the depot's name, latitude and longitude"));
            place(o, depot.name, depot.latitude, depot.longitude);
        }
    }

    private static void place(Offer o, String name, double latitude, double longitude) {
        o.depotName = name;
        o.latitude = latitude;
        o.longitude = longitude;
    }

    public List<OfferWindow> windows(UUID offerId, OfferRequest r) {
        List<OfferWindow> result = new ArrayList<>();
        if (r.windows() != null) {
            for (var w : r.windows()) {
                OfferWindow window = new OfferWindow();
                window.id = UUID.randomUUID();
                window.offerId = offerId;
                window.start = w.start();
                window.end = w.end();
                result.add(window);
            }
        }
        return result;
    }
}
