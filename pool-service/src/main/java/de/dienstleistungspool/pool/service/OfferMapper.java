package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.domain.BusyPeriod;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferWindow;
import java.util.List;

/** Turns offers and projected bookings into the records the API answers with. */
final class OfferMapper {

    private OfferMapper() {
    }

    static OfferView view(Offer o, List<OfferWindow> windows) {
        return new OfferView(o.id, o.ownerMemberId, o.regionId, o.kind, o.category, o.title, o.description,
                List.of(o.sectors), new OfferView.DepotView(o.depotName, o.latitude, o.longitude), o.unit,
                o.bufferMinutes, List.of(o.settlementModes), o.autoConfirm, o.status, o.conditionNotes,
                o.requiredQualification, List.of(o.qualifications), o.capacityPerDay,
                windows.stream().map(w -> new PeriodView(w.start, w.end)).toList(), o.version, o.createdAt, o.updatedAt,
                o.emergencyUse, o.onCallEmail == null ? null : new OfferView.OnCallView(o.onCallName, o.onCallEmail, o.onCallPhone),
                o.personId == null ? null : new OfferView.PersonView(o.personId, o.personName),
                BookableHours.of(o.weeklyMinutes));
    }

    static BookingRef booking(BusyPeriod b) {
        return new BookingRef(b.bookingId, b.status, b.start, b.end, b.consumerMemberId);
    }

    static String describe(List<BusyPeriod> bookings) {
        StringBuilder s = new StringBuilder();
        for (BusyPeriod b : bookings) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(b.bookingId).append(" (").append(b.status).append(' ').append(b.start).append(" – ").append(b.end).append(')');
        }
        return s.toString();
    }
}
