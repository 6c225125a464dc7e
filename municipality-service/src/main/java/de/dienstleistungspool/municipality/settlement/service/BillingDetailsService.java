package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetails;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetailsRepository;
import de.dienstleistungspool.municipality.service.MemberService;
import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A member's billing details (tax number or VAT id, bank account), which its invoices print as the seller's.
 */
@ApplicationScoped
public class BillingDetailsService {

    @Inject
    BillingDetailsRepository billing;

    @Inject
    SettlementAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    MemberEvents events;

    @Inject
    Caller caller;

    /** The details of a member visible to the caller; 404 if there are none or the member is not visible. */
    @Transactional
    public BillingDetails get(UUID memberId) {
        UUID member = access.member(memberId);
        return billing.find(member).orElseThrow(() -> ProblemException.notFound("Billing details of member", memberId));
    }

    /**
     * Replaces the details of a member visible to the caller; a change is audited and announced to the member's
     * accounting ({@code BillingDetailsChanged}), so that a bank account changed by someone else does not go unnoticed.
     */
    @Transactional
    public BillingDetails put(UUID memberId, BillingDetails details) {
        UUID member = access.member(memberId);
        if (details.taxNumber() == null && details.vatId() == null && details.iban() == null) {
            throw ProblemException.badRequest("billing-details-empty", "Give a tax number, a VAT id or an IBAN");
        }
        BillingDetails stored = new BillingDetails(member, details.taxNumber(), details.vatId(), details.iban(), details.bic());
        BillingDetails before = billing.find(member).orElse(null);
        billing.save(stored);
        audit.record(MemberService.AUDIT_TYPE, member.toString(), "BillingDetailsChanged", audited(before), audited(stored));
        BillingDetailsChange change = BillingDetailsChange.of(before, stored);
        if (!change.isEmpty()) {
            events.billingDetailsChanged(member, access.region(), change.changedFields(), change.ibanLast4(), caller.name());
        }
        return stored;
    }

    /** The details as the audit trail keeps them: the IBAN shortened to country, check digits and last four digits. */
    private static Map<String, Object> audited(BillingDetails d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("taxNumber", d.taxNumber());
        fields.put("vatId", d.vatId());
        fields.put("iban", shortIban(d.iban()));
        fields.put("bic", d.bic());
        return fields;
    }

    /** An IBAN as the audit trail keeps it: country, check digits and last four digits ({@code DE89…3000}). */
    static String shortIban(String iban) {
        return iban == null ? null : iban.substring(0, 4) + "…" + iban.substring(iban.length() - 4);
    }
}
