package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.OfferStatus;
import de.dienstleistungspool.pool.domain.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An offer as every member of its region sees it. */
public record OfferView(UUID id, UUID ownerMemberId, UUID regionId, OfferKind kind, String category, String title,
                        String description, List<String> sectors, DepotView depot, Unit unit, int bufferMinutes,
                        List<String> settlementModes, boolean autoConfirm, OfferStatus status, String conditionNotes,
                        String requiredQualification, List<String> qualifications, BigDecimal capacityPerDay,
                        List<PeriodView> windows, long version, Instant createdAt, Instant updatedAt,
                        boolean emergencyUse, OnCallView onCall, PersonView person, List<BookableHours> bookableHours) {

    /** Whom the owner alerts when an emergency request books the offer. */
    public record OnCallView(String name, String email, String phone) {
    }

    /** The person (or crew) the offer provides. */
    public record PersonView(UUID id, String name) {
    }

    /** Where the offer stands. */
    public record DepotView(String name, double latitude, double longitude) {
    }
}
