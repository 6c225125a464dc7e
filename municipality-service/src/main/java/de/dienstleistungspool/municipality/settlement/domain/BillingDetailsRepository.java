package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores members' billing details (table {@code settlement_tax_registration}).
 */
@ApplicationScoped
public class BillingDetailsRepository {

    @Inject
    EntityManager em;

    public Optional<BillingDetails> find(UUID memberId) {
        return em.createNativeQuery("select tax_number, vat_id, iban, bic from settlement_tax_registration where member_id = ?1")
                .setParameter(1, memberId).getResultList().stream().findFirst().map(o -> {
                    Object[] r = (Object[]) o;
                    return new BillingDetails(memberId, (String) r[0], (String) r[1], (String) r[2], (String) r[3]);
                });
    }

    public void save(BillingDetails d) {
        em.createNativeQuery("insert into settlement_tax_registration (member_id, tax_number, vat_id, iban, bic) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict (member_id) do update set tax_number = excluded.tax_number, vat_id = excluded.vat_id, "
                        + "iban = excluded.iban, bic = excluded.bic, updated_at = now()")
                .setParameter(1, d.memberId()).setParameter(2, d.taxNumber()).setParameter(3, d.vatId())
                .setParameter(4, d.iban()).setParameter(5, d.bic()).executeUpdate();
    }
}
