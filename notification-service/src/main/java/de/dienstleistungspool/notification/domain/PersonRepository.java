package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@link Person} rows and finds the active people of a member holding one of some roles, and a
 * region's coordinators.
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    /** E-mail addresses of the member's active people that hold at least one of the roles. */
    @SuppressWarnings("unchecked")
    public List<String> emailsOf(UUID memberId, List<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery(
                        "select distinct email from person where member_id = ?1 and active and email is not null "
                                + "and roles && cast(?2 as text[]) order by email")
                .setParameter(1, memberId)
                .setParameter(2, roles.toArray(String[]::new))
                .getResultList();
    }

    /** The e-mail addresses of the active coordinators of a region, by the member their account belongs to. */
    @SuppressWarnings("unchecked")
    public List<Object[]> coordinatorsOfRegion(UUID regionId) {
        return getEntityManager().createNativeQuery(
                        "select p.member_id, p.email from person p join member m on m.member_id = p.member_id "
                                + "where m.region_id = ?1 and p.active and p.email is not null and 'coordinator' = any(p.roles) "
                                + "order by p.member_id, p.email")
                .setParameter(1, regionId)
                .getResultList();
    }
}
