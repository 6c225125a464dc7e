package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@link Person} rows and finds the active people of a member holding one of some roles.
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
}
