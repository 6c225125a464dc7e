package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.MemberRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.domain.WaitlistEntry;
import de.dienstleistungspool.booking.domain.WaitlistRepository;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Hands a freed period of an offer to its waitlist: the first waiting entry that fits gets the slot as a HELD booking
 * for the hold time. Entries are taken in queue order under a row lock and the exclusion constraint decides each
 * insert, so exactly one entry wins a slot even when several instances hand over the same offer at once.
 */
@ApplicationScoped
public class Waitlist {

    /** The actor recorded for what the waitlist does by itself (hold a slot, end a hold). */
    public static final String ACTOR = "waitlist";

    /** At most this many entries are tried per hand-over; the rest wait for the next freed slot. */
    private static final int MAX_TRIES = 50;

    @Inject
    WaitlistRepository entries;

    @Inject
    OfferRepository offers;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    MemberRepository members;

    @Inject
    BookingPolicy policy;

    @Inject
    Placements placements;

    @Inject
    BookingConfig config;

    /**
     * A booking left the offer's calendar (cancelled, rejected, withdrawn, a hold declined or ended, or finished early:
     * completed or a no-show before its end): its entry, if it was a held slot, lapses, and the offer's waitlist gets
     * the chance to fill what is left of the period.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void released(Booking b) {
        entries.ofBooking(b.id).filter(e -> e.status == WaitlistEntry.Status.OFFERED).ifPresent(e -> {
            e.status = WaitlistEntry.Status.LAPSED;
            e.updatedAt = b.updatedAt;
        });
        Instant now = Instant.now();
        Instant from = b.startAt.isAfter(now) ? b.startAt : now;
        if (from.isBefore(b.occupiedUntil())) {
            handOver(b.offerId, from, b.occupiedUntil());
        }
    }

    /**
     * Offers a freed period {@code [from, to)} of the offer to the waiting entries that want part of it, in queue
     * order; returns the held bookings made. The offer row is held in share mode, so no blackout or status change of
     * the offer lands meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Booking> handOver(UUID offerId, Instant from, Instant to) {
        if (!offers.lockShared(offerId)) {
            return List.of();
        }
        Offer offer = offers.findById(offerId);
        if (!offer.isActive() || members.hasLeft(offer.ownerMemberId)) {
            return List.of();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Booking> held = new java.util.ArrayList<>();
        long afterSeq = 0;
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            WaitlistEntry e = entries.lockNextWaiting(offerId, from, to, afterSeq).orElse(null);
            if (e == null) {
                break;
            }
            afterSeq = e.seq;
            if (!e.expiresAt.isAfter(now) || !e.startAt.isAfter(now) || members.hasLeft(e.memberId)
                    || members.regionDeactivated(offer.regionId)) {
                e.status = WaitlistEntry.Status.EXPIRED;
                e.updatedAt = now;
                continue;
            }
            Instant occupiedUntil = e.endAt.plusSeconds(60L * offer.bufferMinutes);
            if (!blackouts.overlapping(offerId, e.startAt, occupiedUntil).isEmpty()
                    || !offers.withinBookableHours(offerId, e.startAt, e.endAt)) {
                continue; // the blackout may be lifted, the hours changed back; the entry keeps its place
            }
            Booking b = slotFor(e, offer, now);
            if (b != null && placements.place(b, List.of(new BookingAudit.Step(BookingStatus.HELD, ACTOR, null,
                    "freed slot held for waitlist entry " + e.id + " until " + b.holdExpiresAt)))) {
                e.status = WaitlistEntry.Status.OFFERED;
                e.bookingId = b.id;
                e.updatedAt = now;
                held.add(b);
            }
        }
        return held;
    }

    /** The held booking for the entry, or null (entry expired) if the offer no longer accepts what it asked for. */
    private Booking slotFor(WaitlistEntry e, Offer offer, Instant now) {
        try {
            Booking b = policy.prepareFor(offer, new BookingDraft(e.offerId, e.startAt, e.endAt, e.settlementMode,
                    e.sector, e.site, e.scopeQuantity, e.scopeUnit, e.note), e.memberId, e.requestedBy, now);
            Instant holdEnd = now.plus(config.waitlistHoldTime());
            b.holdExpiresAt = holdEnd.isBefore(e.startAt) ? holdEnd : e.startAt;
            return b;
        } catch (ProblemException refused) {
            e.status = WaitlistEntry.Status.EXPIRED;
            e.updatedAt = now;
            return null;
        }
    }

    /** The waitlisted member claims its held slot in time: the entry is done, the booking a normal request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claimed(Booking b, Instant now) {
        entries.ofBooking(b.id).ifPresent(e -> {
            e.status = WaitlistEntry.Status.CLAIMED;
            e.updatedAt = now;
        });
    }
}
