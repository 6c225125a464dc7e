package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.BillingDetails;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetailsRepository;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.MemberInfo;
import de.dienstleistungspool.municipality.settlement.domain.PoolIdentity;
import de.dienstleistungspool.municipality.settlement.domain.PoolIdentityRepository;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Resolves an invoice's party: a member (its address and contact from the member directory, tax and bank from its
 * billing details) or, for a null member, the pool of the region (its legal identity).
 */
@ApplicationScoped
public class InvoiceParties {

    @Inject
    MemberDirectory directory;

    @Inject
    BillingDetailsRepository billing;

    @Inject
    PoolIdentityRepository pools;

    public InvoiceParty of(UUID regionId, UUID memberId) {
        return memberId == null ? pool(regionId) : member(memberId);
    }

    private InvoiceParty member(UUID memberId) {
        MemberInfo m = directory.member(memberId).orElseThrow(() -> ProblemException.notFound("Member", memberId));
        BillingDetails d = billing.find(memberId).orElse(new BillingDetails(memberId, null, null, null, null));
        return new InvoiceParty(m.id().toString(), m.name(), m.street(), m.postalCode(), m.city(), m.leitwegId(), m.email(),
                m.phone(), d.taxNumber(), d.vatId(), d.iban(), d.bic(), "PUT /settlement/billing-details/" + memberId);
    }

    private InvoiceParty pool(UUID regionId) {
        PoolIdentity p = pools.find(regionId).orElseThrow(() -> ProblemException.conflict("pool-identity-missing",
                "The pool of region " + regionId + " has no legal identity yet (name, address, Leitweg-ID, bank account); "
                        + "its coordinator sets it with PUT /regions/" + regionId + "/legal-identity"));
        return new InvoiceParty("POOL-" + regionId, p.legalName(), p.street(), p.postalCode(), p.city(), p.leitwegId(),
                p.contactEmail(), p.contactPhone(), p.taxNumber(), p.vatId(), p.iban(), p.bic(),
                "PUT /regions/" + regionId + "/legal-identity");
    }
}
