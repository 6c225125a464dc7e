package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.domain.LeitwegId;
import de.dienstleistungspool.municipality.settlement.domain.PoolIdentity;
import de.dienstleistungspool.municipality.settlement.domain.PoolIdentityRepository;
import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The pool's legal identity, which its invoices print when it is seller or buyer: read by the region's settlement
 * people, kept by its coordinator; every change is in the audit trail (the IBAN shortened).
 */
@ApplicationScoped
public class PoolIdentityService {

    /** The audit trail's object type of a region's pool identity. */
    public static final String AUDIT_TYPE = "PoolIdentity";

    @Inject
    PoolIdentityRepository identities;

    @Inject
    SettlementAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public PoolIdentity get(UUID regionId) {
        requireOwnRegion(regionId);
        return identities.find(regionId).orElseThrow(() -> ProblemException.notFound("Legal identity of region", regionId));
    }

    /** Sets the identity of the coordinator's own region; a malformed Leitweg-ID is refused like a member's. */
    @Transactional
    public PoolIdentity put(UUID regionId, PoolIdentity identity) {
        requireOwnRegion(regionId);
        LeitwegId.problemWith(identity.leitwegId()).ifPresent(p -> {
            throw ProblemException.badRequest("invalid-leitweg-id", "leitwegId: " + p);
        });
        PoolIdentity before = identities.find(regionId).orElse(null);
        identities.save(regionId, identity, access.actor());
        audit.record(AUDIT_TYPE, regionId.toString(), "PoolIdentityChanged", audited(before), audited(identity));
        return identity;
    }

    private void requireOwnRegion(UUID regionId) {
        if (!regionId.equals(access.region())) {
            throw ProblemException.notFound("Region", regionId);
        }
    }

    /** The identity as the audit trail keeps it: the IBAN shortened to country, check digits and last four digits. */
    private static Map<String, Object> audited(PoolIdentity p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("legalName", p.legalName());
        fields.put("legalForm", p.legalForm().name());
        fields.put("address", p.street() + ", " + p.postalCode() + " " + p.city());
        fields.put("leitwegId", p.leitwegId());
        fields.put("taxNumber", p.taxNumber());
        fields.put("vatId", p.vatId());
        fields.put("iban", BillingDetailsService.shortIban(p.iban()));
        fields.put("bic", p.bic());
        fields.put("contact", p.contactEmail() + " " + p.contactPhone());
        return fields;
    }
}
