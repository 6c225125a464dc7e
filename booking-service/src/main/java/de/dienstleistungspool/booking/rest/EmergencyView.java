package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.service.EmergencyRequests;
import java.math.BigDecimal;

/** The confirmed emergency booking, how far its offer's depot is from the place, and the owner's on-call contact. */
public record EmergencyView(BookingView booking, BigDecimal distanceKm, OnCall onCall) {

    /** Whom to call at the owner (name and phone; the e-mail alert goes out by itself). */
    public record OnCall(String name, String phone) {
    }

    static EmergencyView of(EmergencyRequests.Dispatched d) {
        return new EmergencyView(BookingView.of(d.booking()), d.candidate().distanceKm(),
                new OnCall(d.offer().onCallName, d.offer().onCallPhone));
    }
}
