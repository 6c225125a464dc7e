package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.EntryKind;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLineRepository;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.municipality.settlement.domain.SettlementMode;
import de.dienstleistungspool.municipality.settlement.domain.Side;
import de.dienstleistungspool.municipality.settlement.domain.UsageUnit;
import de.dienstleistungspool.municipality.settlement.messaging.BookingEvent;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Turns completed bookings into balanced ledger entries and books reversals; never changes a line.
 */
@ApplicationScoped
public class LedgerService {

    /** The calendar that decides which year a usage belongs to. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    LedgerLineRepository lines;

    @Inject
    MemberDirectory directory;

    /** Null if the event can be booked, otherwise why not (a malformed event is logged and skipped). */
    public static String whyUnbookable(BookingEvent e) {
        if (e.bookingId() == null || e.regionId() == null || e.providerMemberId() == null || e.consumerMemberId() == null) {
            return "booking, region, provider or consumer missing";
        }
        if (e.providerMemberId().equals(e.consumerMemberId())) {
            return "provider and consumer are the same member";
        }
        if (e.usage() == null || e.usage().quantity() == null || e.usage().quantity().signum() <= 0) {
            return "no positive usage quantity";
        }
        if (!valid(UsageUnit.class, e.usage().unit()) || !valid(Sector.class, e.sector())
                || !valid(SettlementMode.class, e.settlementMode()) || e.category() == null || e.category().isBlank()) {
            return "unknown unit, sector, settlement mode or category";
        }
        if (e.end() == null && e.occurredAt() == null) {
            return "neither end nor occurredAt";
        }
        if (!ClientReference.acceptable(e.externalReference()) || !ClientReference.acceptable(e.costCentre())) {
            return "externalReference or costCentre is not one line of at most " + ClientReference.MAX_LENGTH + " characters";
        }
        return null;
    }

    /**
     * Null if a well-formed completion agrees with what this service knows, otherwise why not: both members exist and
     * belong to the event's region (no completion books across counties), and the booking is not booked yet (a
     * second completion of one booking under a new event id is a replay or a forgery, not a second usage).
     */
    public String whyImplausible(BookingEvent e) {
        for (UUID member : List.of(e.providerMemberId(), e.consumerMemberId())) {
            var known = directory.member(member);
            if (known.isEmpty()) {
                return "member " + member + " is unknown";
            }
            if (!known.get().regionId().equals(e.regionId())) {
                return "member " + member + " does not belong to region " + e.regionId();
            }
        }
        if (lines.ofBooking(e.bookingId()).stream().anyMatch(l -> l.entryKind == EntryKind.USAGE)) {
            return "booking " + e.bookingId() + " is already in the ledger";
        }
        return null;
    }

    /** Books a completed booking in the year its usage ended (Europe/Berlin), or the next open year if that is closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LedgerLine> bookCompletion(BookingEvent e) {
        Instant usageEnd = e.end() != null ? e.end() : e.occurredAt();
        int year = directory.openYear(e.regionId(), usageEnd.atZone(BERLIN).getYear());
        LedgerLine credit = new LedgerLine();
        credit.id = UUID.randomUUID();
        credit.entryId = UUID.randomUUID();
        credit.regionId = e.regionId();
        credit.year = year;
        credit.entryKind = EntryKind.USAGE;
        credit.settlementMode = SettlementMode.valueOf(e.settlementMode());
        credit.sector = Sector.valueOf(e.sector());
        credit.category = e.category();
        credit.unit = UsageUnit.valueOf(e.usage().unit());
        credit.side = Side.CREDIT;
        credit.memberId = e.providerMemberId();
        credit.counterpartyId = e.consumerMemberId();
        credit.quantity = e.usage().quantity().setScale(3, RoundingMode.HALF_UP);
        directory.rate(e.regionId(), year, credit.sector, credit.category)
                .filter(r -> r.unit().equals(credit.unit.name()))
                .ifPresent(r -> {
                    credit.rate = r.amount();
                    credit.amount = credit.quantity.multiply(r.amount()).setScale(2, RoundingMode.HALF_UP);
                });
        credit.bookingId = e.bookingId();
        credit.sourceEventId = e.eventId();
        credit.usageStart = e.start();
        credit.usageEnd = usageEnd;
        credit.offerTitle = e.offerTitle();
        credit.externalReference = ClientReference.normalized(e.externalReference());
        credit.costCentre = ClientReference.normalized(e.costCentre());
        credit.recordedAt = Instant.now();
        credit.recordedBy = e.actor() == null ? "booking-events" : e.actor();
        return persist(credit);
    }

    /** A page of a member's lines (or of the region's credit lines when member is null) in a year. */
    @Transactional
    public Paged<LedgerLine> search(UUID regionId, UUID memberId, Integer year, Sector sector, SettlementMode mode, int page, int size) {
        return Paged.of(lines.search(regionId, memberId, year, sector, mode), page, size);
    }

    /** Both lines of one entry, credit first; 404 if there is none. */
    @Transactional
    public List<LedgerLine> entry(UUID entryId) {
        List<LedgerLine> entry = lines.entry(entryId);
        if (entry.isEmpty()) {
            throw ProblemException.notFound("Ledger entry", entryId);
        }
        return entry;
    }

    /** Books the reversal of an entry in its year if still open, otherwise in the next open year. */
    @Transactional
    public List<LedgerLine> reverse(UUID regionId, UUID entryId, String reason, String actor) {
        List<LedgerLine> original = lines.entry(entryId);
        if (original.isEmpty() || !original.get(0).regionId.equals(regionId)) {
            throw ProblemException.notFound("Ledger entry", entryId);
        }
        LedgerLine credit = original.stream().filter(l -> l.side == Side.CREDIT).findFirst().orElseThrow();
        if (credit.entryKind == EntryKind.REVERSAL) {
            throw ProblemException.conflict("reversal-of-reversal", "Entry " + entryId + " is itself a reversal; book the usage again instead");
        }
        if (lines.isReversed(entryId)) {
            throw ProblemException.conflict("already-reversed", "Entry " + entryId + " has already been reversed");
        }
        LedgerLine r = credit.mirror().mirror();
        r.id = UUID.randomUUID();
        r.entryId = UUID.randomUUID();
        r.year = directory.openYear(regionId, credit.year);
        r.entryKind = EntryKind.REVERSAL;
        r.quantity = credit.quantity.negate();
        r.rate = credit.valueRate();
        r.amount = credit.valueAmount() == null ? null : credit.valueAmount().negate();
        r.sourceEventId = null;
        r.reversesEntryId = entryId;
        r.recordedAt = Instant.now();
        r.recordedBy = actor;
        r.note = reason;
        return persist(r);
    }

    private List<LedgerLine> persist(LedgerLine credit) {
        LedgerLine debit = credit.mirror();
        lines.persist(credit);
        lines.persist(debit);
        lines.flush();
        return List.of(credit, debit);
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String value) {
        return value != null && EnumSet.allOf(type).stream().anyMatch(c -> c.name().equals(value));
    }
}
