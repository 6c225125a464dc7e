package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores the pool's legal identity per region (table {@code region_legal_identity}).
 */
@ApplicationScoped
public class PoolIdentityRepository {

    @Inject
    EntityManager em;

    public Optional<PoolIdentity> find(UUID regionId) {
        return em.createNativeQuery("select legal_name, legal_form, street, postal_code, city, leitweg_id, tax_number, vat_id, "
                        + "iban, bic, contact_email, contact_phone from region_legal_identity where region_id = ?1")
                .setParameter(1, regionId).getResultList().stream().findFirst().map(o -> {
                    Object[] r = (Object[]) o;
                    return new PoolIdentity((String) r[0], PoolIdentity.LegalForm.valueOf((String) r[1]), (String) r[2],
                            (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                            (String) r[9], (String) r[10], (String) r[11]);
                });
    }

    public void save(UUID regionId, PoolIdentity p, String updatedBy) {
        em.createNativeQuery("insert into region_legal_identity (region_id, legal_name, legal_form, street, postal_code, city, "
                        + "leitweg_id, tax_number, vat_id, iban, bic, contact_email, contact_phone, updated_by) values "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) on conflict (region_id) do update set "
                        + "legal_name = excluded.legal_name, legal_form = excluded.legal_form, street = excluded.street, "
                        + "postal_code = excluded.postal_code, city = excluded.city, leitweg_id = excluded.leitweg_id, "
                        + "tax_number = excluded.tax_number, vat_id = excluded.vat_id, iban = excluded.iban, bic = excluded.bic, "
                        + "contact_email = excluded.contact_email, contact_phone = excluded.contact_phone, "
                        + "updated_by = excluded.updated_by, updated_at = now()")
                .setParameter(1, regionId).setParameter(2, p.legalName()).setParameter(3, p.legalForm().name())
                .setParameter(4, p.street()).setParameter(5, p.postalCode()).setParameter(6, p.city())
                .setParameter(7, p.leitwegId()).setParameter(8, p.taxNumber()).setParameter(9, p.vatId())
                .setParameter(10, p.iban()).setParameter(11, p.bic()).setParameter(12, p.contactEmail())
                .setParameter(13, p.contactPhone()).setParameter(14, updatedBy).executeUpdate();
    }
}
